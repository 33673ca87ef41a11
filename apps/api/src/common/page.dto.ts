import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export const SORTS = ['-updatedAt', 'updatedAt', '-createdAt', 'createdAt'] as const;

/** `page` and `pageSize` alone, for lists with their own sort. */
export class PaginationQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;

  toOffsetLimit() {
    return { offset: (this.page - 1) * this.pageSize, limit: this.pageSize };
  }
}

export class PageQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: SORTS, default: '-updatedAt' })
  @IsOptional()
  @IsIn(SORTS)
  sort: (typeof SORTS)[number] = '-updatedAt';

  toPage() {
    return { ...this.toOffsetLimit(), sort: this.sort };
  }
}

export class PageMetaDto {
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export function pageOf<T>(items: T[], total: number, query: PaginationQueryDto): { items: T[]; meta: PageMetaDto } {
  return { items, meta: { page: query.page, pageSize: query.pageSize, total } };
}
