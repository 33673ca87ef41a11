import { ApiProperty } from '@nestjs/swagger';

class FacetBucketDto {
  @ApiProperty() value!: string;
  @ApiProperty() count!: number;
}

class MatchedConceptDto {
  @ApiProperty({ example: 'energy.storage.battery.recycling' }) conceptId!: string;
  @ApiProperty({ description: "Preferred label in the query's language" }) label!: string;
  @ApiProperty({ type: [String], description: 'The words the text uses for it, as written' }) surfaces!: string[];
}

class SearchHitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() score!: number;
  @ApiProperty() language!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() country!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Offers: TRL; demands: minimum TRL wanted' }) trl!:
    number | null;
  @ApiProperty({ type: [String] }) cooperationModes!: string[];
  @ApiProperty({ type: [String] }) domains!: string[];
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } })
  highlights!: Record<string, string[]>;
  @ApiProperty({
    type: [String],
    description: 'Languages whose text is a machine translation (highlights in those sub-fields quote machine text)',
  })
  machineTranslated!: string[];
  @ApiProperty({ type: [MatchedConceptDto] }) matchedConcepts!: MatchedConceptDto[];
}

class QueryReadingDto {
  @ApiProperty({ nullable: true, type: String }) language!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['declared', 'script', 'model'] }) languageSource!: string | null;
  @ApiProperty({ type: [MatchedConceptDto] }) concepts!: MatchedConceptDto[];
  @ApiProperty({ type: [String] }) techTokens!: string[];
}

class FacetsDto {
  @ApiProperty({ type: [FacetBucketDto] }) country!: FacetBucketDto[];
  @ApiProperty({ type: [FacetBucketDto] }) language!: FacetBucketDto[];
  @ApiProperty({ type: [FacetBucketDto] }) technologyField!: FacetBucketDto[];
  @ApiProperty({ type: [FacetBucketDto] }) trl!: FacetBucketDto[];
  @ApiProperty({ type: [FacetBucketDto] }) mode!: FacetBucketDto[];
}

export class SearchResultDto {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: QueryReadingDto }) query!: QueryReadingDto;
  @ApiProperty({ type: [SearchHitDto] }) items!: SearchHitDto[];
  @ApiProperty({ type: FacetsDto }) facets!: FacetsDto;
}
