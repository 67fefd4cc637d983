import { BadgeType } from '@hc/companies';
import { randomFor } from '../random/prng.util';
import { addYears, dayOfIso, demoReferenceDate, drawBadges, isExpired, isoOfDay, REFERENCE_YEAR } from './badges';

describe('badges: dates', () => {
  it('derives a fixed reference date from the seed, never from the clock', () => {
    expect(demoReferenceDate(20240528)).toBe(demoReferenceDate(20240528));
    expect(demoReferenceDate(20240528).startsWith(`${REFERENCE_YEAR}-`)).toBe(true);
    const dates = new Set([1, 2, 3, 4, 5, 6, 7, 8].map(demoReferenceDate));
    expect(dates.size).toBeGreaterThan(4);
  });

  it('adds calendar years and converts day numbers both ways', () => {
    expect(addYears('2021-07-15', 3)).toBe('2024-07-15');
    expect(addYears('2024-02-29', 3)).toBe('2027-03-01');
    expect(isoOfDay(dayOfIso('2023-12-31') + 1)).toBe('2024-01-01');
  });

  it('counts a badge as expired from its expiry day on', () => {
    expect(isExpired({ expiresOn: '2025-03-01' }, '2025-02-28')).toBe(false);
    expect(isExpired({ expiresOn: '2025-03-01' }, '2025-03-01')).toBe(true);
    expect(isExpired({ expiresOn: null }, '2099-01-01')).toBe(false);
  });
});

describe('badges: drawing', () => {
  const referenceDay = dayOfIso('2025-06-30');

  it('gives no title to a company too young for it', () => {
    for (let i = 0; i < 50; i++) {
      const badges = drawBadges(randomFor(1, 5, i), { origin: 'CN', tier: 'single_champion', foundedYear: 2020, region: 'CN-JS', referenceDay });
      expect(badges.some((b) => b.type === BadgeType.SINGLE_CHAMPION)).toBe(false);
    }
  });

  it('gives little giants the national title and mostly the provincial one, each for three years', () => {
    const all = Array.from({ length: 200 }, (_, i) => drawBadges(randomFor(1, 6, i), { origin: 'CN', tier: 'little_giant', foundedYear: 2005, region: 'CN-ZJ', referenceDay }));
    expect(all.every((badges) => badges.some((b) => b.type === BadgeType.LITTLE_GIANT))).toBe(true);
    expect(all.filter((badges) => badges.some((b) => b.type === BadgeType.SRDI_SME)).length).toBeGreaterThan(150);
    for (const b of all.flat()) {
      expect(b.expiresOn).toBe(addYears(b.awardedOn, 3));
      if (b.type === BadgeType.SRDI_SME) expect(b.reference).toContain('浙江省');
    }
  });

  it('never draws the EU SME badge, whatever the company', () => {
    for (const origin of ['CN', 'DE', 'EU'] as const) {
      for (const tier of ['single_champion', 'little_giant', 'srdi', 'hidden_champion', 'plain'] as const) {
        for (let i = 0; i < 20; i++) {
          const badges = drawBadges(randomFor(2, 7, i), { origin, tier, foundedYear: 1990, region: null, referenceDay });
          expect(badges.some((b) => b.type === BadgeType.EU_SME)).toBe(false);
        }
      }
    }
  });
});
