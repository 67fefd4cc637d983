import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { CompaniesService, CompanyStatus, toCompanyObject } from '@hc/companies';
import type { Actor } from '@hc/identity';
import { ParksService } from '@hc/parks';
import { DataSource } from 'typeorm';
import { ParkSuggestionObject } from './park-suggestion.objects';
import { explainParkFit, MatchingWeights } from './park-fit.scorer';

interface CandidateRow {
  id: string;
  shared: string[];
  division_count: number;
  distance_km: number;
  initiative_member: boolean;
}

/**
 * First, deliberately simple park -> company matching: sector overlap, proximity and initiative
 * membership, each a named feature with a configurable weight. PostgreSQL ranks the candidates
 * with the same formulas (GIN-indexed sector overlap or proximity), the scorer explains them.
 */
@Injectable()
export class ParkSuggestionsService {
  private readonly weights: MatchingWeights;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly parks: ParksService,
    private readonly companies: CompaniesService,
  ) {
    this.weights = {
      sector: config.MATCH_WEIGHT_SECTOR,
      distance: config.MATCH_WEIGHT_DISTANCE,
      initiative: config.MATCH_WEIGHT_INITIATIVE,
      distanceScaleKm: config.MATCH_DISTANCE_SCALE_KM,
    };
  }

  /** Suggestions for a park `actor` may see (published, or one they manage); only visible companies are suggested. */
  async suggest(parkId: string, first: number, actor: Actor | null): Promise<ParkSuggestionObject[]> {
    const park = await this.parks.findVisible(parkId, actor);
    const w = this.weights;
    // Companies outside the focus sectors are candidates only when proximity alone could carry them.
    const nearbyKm = w.distanceScaleKm * 3;
    const rows: CandidateRow[] = await this.dataSource.query(
      `WITH candidates AS (
         SELECT c.id, c.initiative_member,
                ARRAY(SELECT d FROM unnest(c.isic_divisions) d WHERE d = ANY($1::text[]) ORDER BY d) AS shared,
                cardinality(c.isic_divisions) AS division_count,
                2 * 6371.0088 * asin(least(1, sqrt(
                  power(sin(radians(c.latitude - $2) / 2), 2) +
                  cos(radians($2)) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - $3) / 2), 2)))) AS distance_km
           FROM companies c
          WHERE c.status = $4 AND (c.expires_at IS NULL OR c.expires_at > now())
            AND (c.isic_divisions && $1::text[]
                 OR (c.latitude BETWEEN $2 - $5 / 111.0 AND $2 + $5 / 111.0))
       )
       SELECT id, shared, division_count, distance_km, initiative_member
         FROM candidates
        WHERE cardinality(shared) > 0 OR distance_km <= $5
        ORDER BY $6 * cardinality(shared)::float8 / greatest(division_count, 1)
               + $7 * exp(-distance_km / $8)
               + $9 * (CASE WHEN initiative_member THEN (CASE WHEN $10 THEN 1.0 ELSE 0.5 END) ELSE 0 END) DESC,
                 id
        LIMIT $11`,
      [park.focusSectors, park.latitude, park.longitude, CompanyStatus.PUBLISHED, nearbyKm, w.sector, w.distance, w.distanceScaleKm, w.initiative, park.initiativeMember, first],
    );
    const companies = new Map((await this.companies.findByIds(rows.map((r) => r.id))).map((c) => [c.id, c]));
    return rows.flatMap((row) => {
      const company = companies.get(row.id);
      if (!company) return [];
      const { score, reasons } = explainParkFit(
        {
          sharedDivisions: row.shared,
          companyDivisionCount: row.division_count,
          distanceKm: row.distance_km,
          companyIsMember: row.initiative_member,
          parkIsMember: park.initiativeMember,
        },
        w,
      );
      return [{ company: toCompanyObject(company), score, reasons }];
    });
  }
}
