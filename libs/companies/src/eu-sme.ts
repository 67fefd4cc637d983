import { BadgeVariant, RevenueBand } from './company.model';

/**
 * The EU SME definition, Commission Recommendation 2003/361/EC, Annex Art. 2: a category applies
 * when the staff headcount is below its ceiling AND the annual turnover OR the balance-sheet total
 * is within its ceiling. Partner and linked enterprises (Art. 3) are not modelled: the platform
 * assesses the company's own figures, which the badge's reference says.
 */
export const EU_SME_RULE = 'Commission Recommendation 2003/361/EC';

interface Ceiling {
  variant: BadgeVariant.MICRO | BadgeVariant.SMALL | BadgeVariant.MEDIUM;
  /** Headcount must be strictly below. */
  staffBelow: number;
  turnoverEur: number;
  balanceSheetEur: number;
}

const CEILINGS: readonly Ceiling[] = [
  { variant: BadgeVariant.MICRO, staffBelow: 10, turnoverEur: 2e6, balanceSheetEur: 2e6 },
  { variant: BadgeVariant.SMALL, staffBelow: 50, turnoverEur: 10e6, balanceSheetEur: 10e6 },
  { variant: BadgeVariant.MEDIUM, staffBelow: 250, turnoverEur: 50e6, balanceSheetEur: 43e6 },
];

/** The highest turnover (EUR) a band admits; bands were cut at the EU SME ceilings. */
const BAND_MAX_EUR: Record<RevenueBand, number> = {
  [RevenueBand.UNDER_2M]: 2e6,
  [RevenueBand.FROM_2M_TO_10M]: 10e6,
  [RevenueBand.FROM_10M_TO_50M]: 50e6,
  [RevenueBand.FROM_50M_TO_250M]: 250e6,
  [RevenueBand.FROM_250M_TO_1B]: 1e9,
  [RevenueBand.FROM_1B_TO_5B]: 5e9,
  [RevenueBand.OVER_5B]: Number.POSITIVE_INFINITY,
};

/** The lowest turnover (EUR) a band admits. */
export const BAND_MIN_EUR: Record<RevenueBand, number> = {
  [RevenueBand.UNDER_2M]: 0,
  [RevenueBand.FROM_2M_TO_10M]: 2e6,
  [RevenueBand.FROM_10M_TO_50M]: 10e6,
  [RevenueBand.FROM_50M_TO_250M]: 50e6,
  [RevenueBand.FROM_250M_TO_1B]: 250e6,
  [RevenueBand.FROM_1B_TO_5B]: 1e9,
  [RevenueBand.OVER_5B]: 5e9,
};

export function revenueBandOfTurnover(turnoverEur: number): RevenueBand {
  if (turnoverEur < 2e6) return RevenueBand.UNDER_2M;
  if (turnoverEur < 10e6) return RevenueBand.FROM_2M_TO_10M;
  if (turnoverEur < 50e6) return RevenueBand.FROM_10M_TO_50M;
  if (turnoverEur < 250e6) return RevenueBand.FROM_50M_TO_250M;
  if (turnoverEur < 1e9) return RevenueBand.FROM_250M_TO_1B;
  if (turnoverEur < 5e9) return RevenueBand.FROM_1B_TO_5B;
  return RevenueBand.OVER_5B;
}

export interface SmeFigures {
  employees: number | null;
  annualTurnoverEur: number | null;
  balanceSheetTotalEur: number | null;
  revenueBand: RevenueBand | null;
}

/**
 * The EU SME category of a company's figures, or null when it is not an SME or the figures do
 * not say. A revenue band stands in for an unknown exact turnover by its upper bound, so a band
 * only ever proves what the exact figure would also prove.
 */
export function euSmeCategory(f: SmeFigures): Ceiling['variant'] | null {
  if (f.employees === null) return null;
  const turnover = f.annualTurnoverEur ?? (f.revenueBand ? BAND_MAX_EUR[f.revenueBand] : null);
  if (turnover === null && f.balanceSheetTotalEur === null) return null;
  for (const c of CEILINGS) {
    if (f.employees >= c.staffBelow) continue;
    const turnoverOk = turnover !== null && turnover <= c.turnoverEur;
    const balanceOk = f.balanceSheetTotalEur !== null && f.balanceSheetTotalEur <= c.balanceSheetEur;
    if (turnoverOk || balanceOk) return c.variant;
  }
  return null;
}
