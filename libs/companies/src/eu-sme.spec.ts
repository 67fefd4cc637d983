import { BadgeVariant, RevenueBand } from './company.model';
import { euSmeCategory, revenueBandOfTurnover } from './eu-sme';

const figures = (employees: number | null, annualTurnoverEur: number | null, balanceSheetTotalEur: number | null = null, revenueBand: RevenueBand | null = null) => ({
  employees,
  annualTurnoverEur,
  balanceSheetTotalEur,
  revenueBand,
});

describe('EU SME category (Rec. 2003/361/EC)', () => {
  it('a workshop of 8 people with EUR 1.5m turnover is micro', () => {
    expect(euSmeCategory(figures(8, 1.5e6))).toBe(BadgeVariant.MICRO);
  });

  it('the ceilings are inclusive for money and exclusive for staff', () => {
    expect(euSmeCategory(figures(9, 2e6))).toBe(BadgeVariant.MICRO);
    expect(euSmeCategory(figures(10, 2e6))).toBe(BadgeVariant.SMALL);
    expect(euSmeCategory(figures(49, 10e6))).toBe(BadgeVariant.SMALL);
    expect(euSmeCategory(figures(249, 50e6))).toBe(BadgeVariant.MEDIUM);
    expect(euSmeCategory(figures(250, 1e6))).toBeNull();
  });

  it('turnover OR balance sheet: a firm of 200 with EUR 80m turnover but a EUR 40m balance sheet is medium', () => {
    expect(euSmeCategory(figures(200, 80e6, 40e6))).toBe(BadgeVariant.MEDIUM);
    expect(euSmeCategory(figures(200, 80e6, 44e6))).toBeNull();
  });

  it('a typical hidden champion (1,200 staff, EUR 400m) is Mittelstand territory, not an EU SME', () => {
    expect(euSmeCategory(figures(1200, 400e6))).toBeNull();
  });

  it('a revenue band stands in for the turnover by its upper bound', () => {
    expect(euSmeCategory(figures(30, null, null, RevenueBand.FROM_2M_TO_10M))).toBe(BadgeVariant.SMALL);
    expect(euSmeCategory(figures(30, null, null, RevenueBand.FROM_10M_TO_50M))).toBe(BadgeVariant.MEDIUM);
    expect(euSmeCategory(figures(30, null, null, RevenueBand.FROM_50M_TO_250M))).toBeNull();
  });

  it('says nothing without headcount or without any money figure', () => {
    expect(euSmeCategory(figures(null, 1e6))).toBeNull();
    expect(euSmeCategory(figures(5, null))).toBeNull();
  });

  it('bands follow turnover', () => {
    expect(revenueBandOfTurnover(1_999_999)).toBe(RevenueBand.UNDER_2M);
    expect(revenueBandOfTurnover(2e6)).toBe(RevenueBand.FROM_2M_TO_10M);
    expect(revenueBandOfTurnover(5e9)).toBe(RevenueBand.OVER_5B);
  });
});
