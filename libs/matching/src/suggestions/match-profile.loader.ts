import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, NotFoundException } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { ParkEntity } from '@hc/parks';
import { subdivisionOf } from '@hc/taxonomy';
import { parkTerms } from '../profiles/park-terms';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CompanyIndexData } from '../index/company-index';
import { CompanyMatchIndex } from '../index/company-match-index';
import { readCompanyProfiles } from '../profiles/company-profile.source';
import { CompanyMatchProfile, ParkMatchProfile } from '../profiles/match-profile';

const CACHE_LIMIT = 20_000;

/**
 * What matching knows about companies and parks. Visible companies come from the in-memory index
 * (CompanyMatchIndex); others (a draft asking for partners) are read and cached per id and version.
 */
@Injectable()
export class MatchProfileLoader {
  private readonly cache = new Map<string, CompanyMatchProfile>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly index: CompanyMatchIndex,
  ) {}

  /** Profiles of the given companies at the given versions (published or not: callers decide visibility), in the given order. */
  async companies(refs: readonly { id: string; version: number }[]): Promise<CompanyMatchProfile[]> {
    const index = await this.index.current();
    const known = (r: { id: string; version: number }) => {
      const indexed = index.get(r.id)?.profile;
      return indexed?.version === r.version ? indexed : this.cache.get(r.id)?.version === r.version ? this.cache.get(r.id) : undefined;
    };
    const missing = refs.filter((r) => !known(r)).map((r) => r.id);
    if (missing.length) {
      const rows = await readCompanyProfiles(this.dataSource, { ids: missing });
      if (this.cache.size + rows.length > CACHE_LIMIT) this.cache.clear();
      for (const row of rows) this.cache.set(row.profile.id, row.profile);
    }
    return refs.flatMap((r) => known(r) ?? []);
  }

  /** The park and its ecosystem in `index`: visible companies within MATCH_ECOSYSTEM_KM, counted per division. */
  park(park: ParkEntity, index: CompanyIndexData): ParkMatchProfile {
    return {
      id: park.id,
      country: park.country,
      region: park.region ?? subdivisionOf(park.country, park.latitude, park.longitude),
      terms: parkTerms(park),
      latitude: park.latitude,
      longitude: park.longitude,
      focusSectors: park.focusSectors,
      gapSectors: park.gapSectors,
      offerings: park.offerings,
      initiativeMember: park.initiativeMember,
      ecosystem: index.ecosystem(park.latitude, park.longitude, this.config.MATCH_ECOSYSTEM_KM, Date.now()),
    };
  }

  /** One company's profile, for the subject of partner suggestions. */
  async company(id: string, version: number): Promise<CompanyMatchProfile> {
    const [profile] = await this.companies([{ id, version }]);
    if (!profile) throw new NotFoundException('Company', id);
    return profile;
  }
}
