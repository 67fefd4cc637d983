import { RevenueBand } from '@hc/companies';
import { chance, Random } from '../random/prng.util';
import type { SectorKind } from '../vocabulary/vocabulary.model';

/** Share of companies that state their exact annual turnover. */
export const TURNOVER_DISCLOSED_SHARE = 0.6;

/** Share of companies that state their balance-sheet total. */
export const BALANCE_SHEET_DISCLOSED_SHARE = 0.4;

/**
 * Balance-sheet total as a multiple of turnover (log-uniform between the bounds): manufacturers tie up
 * more capital in plant and stock than service firms do.
 */
export const BALANCE_SHEET_TO_TURNOVER: Readonly<Record<SectorKind, readonly [number, number]>> = {
  manufacturing: [0.55, 1.3],
  service: [0.3, 0.9],
};

/** The money figures of a profile; they decide the EU SME category the platform computes. */
export interface Financials {
  annualTurnoverEur: number | null;
  balanceSheetTotalEur: number | null;
  /** Always known: the band of the exact turnover when that is stated, otherwise the band the company gave. */
  revenueBand: RevenueBand;
}

export function revenueBandOf(revenueEur: number): RevenueBand {
  if (revenueEur < 2e6) return RevenueBand.UNDER_2M;
  if (revenueEur < 10e6) return RevenueBand.FROM_2M_TO_10M;
  if (revenueEur < 50e6) return RevenueBand.FROM_10M_TO_50M;
  if (revenueEur < 250e6) return RevenueBand.FROM_50M_TO_250M;
  if (revenueEur < 1e9) return RevenueBand.FROM_250M_TO_1B;
  if (revenueEur < 5e9) return RevenueBand.FROM_1B_TO_5B;
  return RevenueBand.OVER_5B;
}

/**
 * Which of a company's figures it discloses. `revenueEur` is its real turnover (from head count and
 * revenue per employee), so the band always agrees with the exact figure, and the balance sheet with both.
 */
export function drawFinancials(random: Random, revenueEur: number, kind: SectorKind): Financials {
  const turnover = Math.max(1, Math.round(revenueEur));
  const [low, high] = BALANCE_SHEET_TO_TURNOVER[kind];
  const ratio = Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low)));
  const annualTurnoverEur = chance(random, TURNOVER_DISCLOSED_SHARE) ? turnover : null;
  const balanceSheetTotalEur = chance(random, BALANCE_SHEET_DISCLOSED_SHARE) ? Math.max(1, Math.round(turnover * ratio)) : null;
  return { annualTurnoverEur, balanceSheetTotalEur, revenueBand: revenueBandOf(turnover) };
}
