import { ApiProperty } from '@nestjs/swagger';
import { IsISO4217CurrencyCode, IsNumber, Max, Min } from 'class-validator';

export class MoneyDto {
  @ApiProperty({ example: 250000 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e15)
  amount!: number;

  @ApiProperty({ example: 'CNY', description: 'ISO 4217' })
  @IsISO4217CurrencyCode()
  currency!: string;
}
