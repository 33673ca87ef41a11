import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';

/** The version the client last read; a stale one answers 409. */
export class VersionDto {
  @ApiProperty({ example: 3, description: 'The version you last read (optimistic concurrency)' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}
