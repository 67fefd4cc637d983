import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, APP_LOGGER } from '@hc/core';
import type { AppConfig, AppLogger } from '@hc/core';
import { touchCompanies } from '@hc/companies';
import { DataSource } from 'typeorm';

/**
 * Badges, opportunities and the published term of a profile end without anyone writing to the
 * company. The sweeper finds the companies whose badges or opportunities expired since its last
 * run (kept in `index_sweeps`, so an outage is caught up) and touches them, which sends their
 * documents through the outbox again.
 */
@Injectable()
export class ExpirySweeper implements OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep().catch((err) => this.logger.warn({ err }, 'expiry sweep failed; retried next time')), this.config.EXPIRY_SWEEP_MS);
    this.timer.unref();
  }

  /** Touches the companies with something expired in (last sweep, now]; returns how many. */
  async sweep(now: Date = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [state] = await manager.query<{ swept_at: Date }[]>(
        `INSERT INTO index_sweeps (name, swept_at) VALUES ('expiry', now()) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
         RETURNING (SELECT swept_at FROM index_sweeps WHERE name = 'expiry') AS swept_at`,
      );
      const since = state?.swept_at ?? new Date(0);
      const rows = await manager.query<{ id: string }[]>(
        `SELECT company_id AS id FROM opportunities
          WHERE status = 'active' AND company_id IS NOT NULL AND expires_at > $1 AND expires_at <= $2
         UNION
         SELECT id FROM companies WHERE status = 'published' AND expires_at > $1 AND expires_at <= $2
         UNION
         SELECT id FROM companies
          WHERE status = 'published'
            AND jsonb_path_exists(badges, '$[*] ? (@.expiresOn != null && @.expiresOn >= $since && @.expiresOn < $today)',
                                  jsonb_build_object('since', $3::text, 'today', $4::text))`,
        [since, now, since.toISOString().slice(0, 10), now.toISOString().slice(0, 10)],
      );
      await touchCompanies(manager, rows.map((r) => r.id));
      await manager.query(`UPDATE index_sweeps SET swept_at = $1 WHERE name = 'expiry'`, [now]);
      if (rows.length) this.logger.info({ companies: rows.length }, 'expired profiles, badges and opportunities swept out of search');
      return rows.length;
    });
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
