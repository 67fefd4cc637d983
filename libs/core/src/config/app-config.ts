import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url({ message: 'expected a URL such as postgres://user:pass@host:5432/db' })
  .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: 'expected a postgres:// or postgresql:// URL' });

const httpUrl = z
  .string()
  .url({ message: 'expected a URL such as http://localhost:7700' })
  .refine((v) => /^https?:\/\//.test(v), { message: 'expected an http:// or https:// URL' });

const port = (fallback: number) => z.coerce.number({ message: 'expected a number' }).int('expected an integer').min(0).max(65535).default(fallback);

const weight = (fallback: number) =>
  z.coerce.number({ message: 'expected a number' }).min(0, 'must be 0 or more').max(10, 'must be 10 or less').default(fallback);

/** Every environment variable the platform reads. `.env.example` lists the same set. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: postgresUrl.optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_PG_PORT: port(54329),
    MEILI_HOST: httpUrl.optional(),
    MEILI_API_KEY: z.string().min(1).optional(),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_-]*$/, 'only letters, digits, "-" and "_" are allowed')
      .default('hc_'),
    MEILI_TASK_TIMEOUT_MS: z.coerce.number({ message: 'expected a number' }).int().min(100).default(30_000),
    SEED_DEMO: z.enum(['auto', 'true', 'false'], { message: 'expected auto, true or false' }).default('auto'),
    DEMO_COMPANIES: z.coerce.number({ message: 'expected a number' }).int().min(0).max(1_000_000).default(2000),
    DEMO_PARKS: z.coerce.number({ message: 'expected a number' }).int().min(0).max(10_000).default(25),
    DEMO_SEED: z.coerce.number({ message: 'expected a number' }).int().default(20240528),
    OUTBOX_BATCH_SIZE: z.coerce.number({ message: 'expected a number' }).int().min(1).max(10_000).default(500),
    OUTBOX_POLL_MS: z.coerce.number({ message: 'expected a number' }).int().min(10).max(60_000).default(1000),
    OUTBOX_MAX_BACKOFF_MS: z.coerce.number({ message: 'expected a number' }).int().min(100).default(60_000),
    OUTBOX_RETENTION_HOURS: z.coerce.number({ message: 'expected a number' }).int('expected an integer').min(1).max(8760).default(168),
    GRAPHIQL: booleanFlag.default(true),
    SEARCH_HIDDEN_CHAMPION_BOOST: z.coerce.number({ message: 'expected a number' }).min(0).max(1, 'must be 1 or less').default(0.1),
    HIDDEN_CHAMPION_MAX_REVENUE_EUR: z.coerce.number({ message: 'expected a number' }).positive('must be positive').default(5e9),
    OPPORTUNITY_VALIDITY_DAYS: z.coerce.number({ message: 'expected a number' }).int('expected an integer').min(1).max(3650).default(365),
    EXPIRY_SWEEP_MS: z.coerce.number({ message: 'expected a number' }).int().min(1000).default(3_600_000),
    IMPORT_MAX_BYTES: z.coerce.number({ message: 'expected a number' }).int().min(1024).default(1_048_576),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
    TOKEN_TTL_MINUTES: z.coerce.number({ message: 'expected a number' }).int('expected an integer').min(5).max(43_200).default(480),
    PASSWORD_HASH_ROUNDS: z.coerce.number({ message: 'expected a number' }).int('expected an integer').min(4).max(15).default(11),
    SELF_SIGN_UP: booleanFlag.default(true),
    PROFILE_VALIDITY_DAYS: z.coerce.number({ message: 'expected a number' }).int('expected an integer').min(1).max(3650).default(365),
    PROFILE_RENEWAL_WARNING_DAYS: z.coerce.number({ message: 'expected a number' }).int('expected an integer').min(0).max(365).default(30),
    MATCH_WEIGHT_TOPIC: weight(0.5),
    MATCH_WEIGHT_SECTOR: weight(0.15),
    MATCH_WEIGHT_GAP: weight(0.05),
    MATCH_WEIGHT_ECOSYSTEM: weight(0.05),
    MATCH_WEIGHT_INTENT: weight(0.1),
    MATCH_WEIGHT_GEOGRAPHY: weight(0.05),
    MATCH_WEIGHT_INITIATIVE: weight(0.025),
    MATCH_WEIGHT_BADGES: weight(0.025),
    MATCH_WEIGHT_RESOURCES: weight(0.05),
    MATCH_DISTANCE_SCALE_KM: z.coerce.number({ message: 'expected a number' }).positive().max(20_000).default(100),
    MATCH_ECOSYSTEM_KM: z.coerce.number({ message: 'expected a number' }).positive().max(500).default(30),
    MATCH_CROSS_BORDER_BOOST: z.coerce.number({ message: 'expected a number' }).min(0).max(1, 'must be 1 or less').default(0.15),
    MATCH_DIVERSITY: z.coerce.number({ message: 'expected a number' }).min(0).max(1, 'must be 1 or less').default(0.2),
    MATCH_PRECOMPUTE: booleanFlag.default(true),
    MATCH_REFRESH_POLL_MS: z.coerce.number({ message: 'expected a number' }).int('expected an integer').min(100).max(3_600_000).default(5000),
    MATCH_STORED_SUGGESTIONS: z.coerce.number({ message: 'expected a number' }).int('expected an integer').min(1).max(1000).default(100),
    MATCH_JOB_CONCURRENCY: z.coerce.number({ message: 'expected a number' }).int('expected an integer').min(1).max(16).default(1),
  })
  .superRefine((cfg, ctx) => {
    if (cfg.NODE_ENV === 'production' && !cfg.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production, so every replica signs and accepts the same tokens' });
    }
    if (cfg.PROFILE_RENEWAL_WARNING_DAYS >= cfg.PROFILE_VALIDITY_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['PROFILE_RENEWAL_WARNING_DAYS'], message: 'must be shorter than PROFILE_VALIDITY_DAYS' });
    }
    if (cfg.MEILI_API_KEY && !cfg.MEILI_HOST) {
      ctx.addIssue({ code: 'custom', path: ['MEILI_API_KEY'], message: 'is set but MEILI_HOST is not' });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once. Empty strings count as unset, so `FOO=` falls back to the default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(configSchema.shape);
  const input = Object.fromEntries(known.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(environment)'), message: issue.message })),
    );
  }
  return parsed.data;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
