import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CompanyObject } from '@hc/companies';
import { LocalizedText } from '@hc/core';
import { CompanyFacet } from './company-search.args';

@ObjectType('SearchHighlight', { description: 'Where a query matched: an excerpt of one field with the matched words in <mark> tags (the rest HTML-escaped).' })
export class SearchHighlightObject {
  @Field({ description: 'The matched field, e.g. name_de or description_zh.' }) field!: string;
  @Field() snippet!: string;
}

@ObjectType('CompanySuggestion', { description: 'An autocomplete entry.' })
export class CompanySuggestionObject {
  @Field() id!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field() city!: string;
  @Field() country!: string;
}

@ObjectType('CompanySearchHit')
export class CompanySearchHitObject {
  @Field(() => [SearchHighlightObject], { description: 'Empty without a text query or with highlight: false.' })
  highlights!: SearchHighlightObject[];
  @Field(() => CompanyObject) company!: CompanyObject;
  @Field(() => Float, { nullable: true, description: 'Relevance, 0 to 1, for text queries.' }) score!: number | null;
  @Field(() => Float, { nullable: true, description: 'Distance from geo, when geo is given.' }) distanceKm!: number | null;
}

@ObjectType('FacetBucket')
export class FacetBucketObject {
  @Field() value!: string;
  @Field(() => Int) count!: number;
  @Field(() => LocalizedText, { nullable: true, description: 'Label of the value in zh, de and en, where one exists.' })
  label!: LocalizedText | null;
}

@ObjectType('Facet')
export class FacetObject {
  @Field(() => CompanyFacet) field!: CompanyFacet;
  @Field(() => [FacetBucketObject], { description: 'Exact counts over all matches, largest first.' }) buckets!: FacetBucketObject[];
}

@ObjectType('CompanySearchResult')
export class CompanySearchResultObject {
  @Field(() => [CompanySearchHitObject]) hits!: CompanySearchHitObject[];
  @Field(() => Int, { description: 'Exact number of matching companies.' }) totalHits!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) hitsPerPage!: number;
  @Field(() => Int) totalPages!: number;
  @Field(() => [FacetObject]) facets!: FacetObject[];
  @Field(() => Float) processingTimeMs!: number;
  @Field({ description: 'The engine that answered: embedded or meilisearch.' }) engine!: string;
}
