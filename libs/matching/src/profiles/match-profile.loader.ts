import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, NotFoundException } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { BadgeType, sizeBandOf } from '@hc/companies';
import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { ParkEntity } from '@hc/parks';
import { DataSource } from 'typeorm';
import { conceptSet } from './concepts';
import { CompanyMatchProfile, IntentSignal, OFFER_TYPES, OpportunitySignal, ParkMatchProfile } from './match-profile';

/** Badges that say something about a company's standing; the computed EU SME and the Mittelstand claim do not. */
const DISTINCTIONS: ReadonlySet<string> = new Set([BadgeType.HIDDEN_CHAMPION, BadgeType.LITTLE_GIANT, BadgeType.SINGLE_CHAMPION, BadgeType.SRDI_SME]);

interface CompanyRow {
  id: string;
  version: number;
  country: string;
  city: string;
  latitude: number;
  longitude: number;
  isic_divisions: string[];
  initiative_member: boolean;
  badges: { type: string; expiresOn: string | null }[];
  employees: number | null;
  offers: string[];
  needs: string[];
  opportunities: { t: OpportunityType; p: PartnershipType[]; k: string[]; c: string[]; s: string[] }[];
}

const CACHE_LIMIT = 200_000;

/**
 * Loads what matching needs about companies and parks. Company profiles are cached per id and
 * version: a candidate query returns (id, version), and only changed or unseen companies are read.
 */
@Injectable()
export class MatchProfileLoader {
  private readonly cache = new Map<string, CompanyMatchProfile>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Profiles of the given companies (published or not: candidate queries decide visibility), in the given order. */
  async companies(refs: readonly { id: string; version: number }[]): Promise<CompanyMatchProfile[]> {
    const missing = refs.filter((r) => this.cache.get(r.id)?.version !== r.version).map((r) => r.id);
    if (missing.length) {
      const rows: CompanyRow[] = await this.dataSource.query(
        `SELECT c.id, c.version, c.country, c.city, c.latitude, c.longitude, c.isic_divisions, c.initiative_member, c.badges, c.employees, c.offers, c.needs,
                coalesce((SELECT json_agg(json_build_object('t', o.type, 'p', o.partnership_types, 'k', o.technology_keywords || o.market_keywords,
                                                           'c', o.target_countries, 's', o.partner_sizes))
                            FROM opportunities o WHERE o.company_id = c.id AND o.status = 'active' AND o.expires_at > now()), '[]') AS opportunities
           FROM companies c WHERE c.id = ANY($1::uuid[])`,
        [missing],
      );
      if (this.cache.size + rows.length > CACHE_LIMIT) this.cache.clear();
      const today = new Date().toISOString().slice(0, 10);
      for (const row of rows) this.cache.set(row.id, toProfile(row, today));
    }
    return refs.flatMap((r) => this.cache.get(r.id) ?? []);
  }

  /** The park and its ecosystem: published companies within MATCH_ECOSYSTEM_KM, counted per division. */
  async park(park: ParkEntity): Promise<ParkMatchProfile> {
    const km = this.config.MATCH_ECOSYSTEM_KM;
    const rows: { division: string; n: string }[] = await this.dataSource.query(
      `SELECT d AS division, count(*) AS n
         FROM companies c, unnest(c.isic_divisions) d
        WHERE c.status = 'published' AND (c.expires_at IS NULL OR c.expires_at > now())
          AND c.latitude BETWEEN $1 - $3 / 111.0 AND $1 + $3 / 111.0
          AND c.longitude BETWEEN $2 - $3 / (111.0 * greatest(cos(radians($1)), 0.01)) AND $2 + $3 / (111.0 * greatest(cos(radians($1)), 0.01))
          AND 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(c.latitude - $1) / 2), 2)
                + cos(radians($1)) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - $2) / 2), 2)))) <= $3
        GROUP BY d`,
      [park.latitude, park.longitude, km],
    );
    return {
      id: park.id,
      country: park.country,
      latitude: park.latitude,
      longitude: park.longitude,
      focusSectors: park.focusSectors,
      gapSectors: park.gapSectors,
      offerings: park.offerings,
      initiativeMember: park.initiativeMember,
      ecosystem: new Map(rows.map((r) => [r.division, Number(r.n)])),
    };
  }

  /** One company's profile, for the subject of partner suggestions. */
  async company(id: string, version: number): Promise<CompanyMatchProfile> {
    const [profile] = await this.companies([{ id, version }]);
    if (!profile) throw new NotFoundException('Company', id);
    return profile;
  }
}

function signal(items: OpportunitySignal[], keywords: readonly string[]): IntentSignal {
  return { items, keywordConcepts: conceptSet(keywords) };
}

function toProfile(row: CompanyRow, today: string): CompanyMatchProfile {
  const opportunities: OpportunitySignal[] = row.opportunities.map((o) => ({
    type: o.t,
    partnershipTypes: o.p,
    concepts: conceptSet(o.k),
    targetCountries: o.c,
    partnerSizes: o.s as OpportunitySignal['partnerSizes'],
  }));
  return {
    id: row.id,
    version: row.version,
    country: row.country,
    city: row.city,
    latitude: row.latitude,
    longitude: row.longitude,
    divisions: row.isic_divisions,
    initiativeMember: row.initiative_member,
    badges: row.badges.filter((b) => DISTINCTIONS.has(b.type) && (b.expiresOn === null || b.expiresOn >= today)).map((b) => b.type as BadgeType),
    sizeBand: sizeBandOf(row.employees),
    offers: signal(opportunities.filter((o) => OFFER_TYPES.includes(o.type)), row.offers),
    requests: signal(opportunities.filter((o) => !OFFER_TYPES.includes(o.type)), row.needs),
  };
}
