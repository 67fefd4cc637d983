import type * as Features from '../features/park-features';
import type * as Partner from '../features/partner-features';
import type * as Profiles from '../test-support/match-profiles';
import type * as Index from './company-index';
import type * as Ranker from './park-ranker';
import { OpportunityType, PartnershipType } from '@hc/opportunities';

interface Modules {
  features: typeof Features;
  partner: typeof Partner;
  profiles: typeof Profiles;
  index: typeof Index;
  ranker: typeof Ranker;
}

/** A fresh copy of every matching module, with its own caches and dictionaries: what a new process has. */
function freshProcess(): Modules {
  let modules: Modules | undefined;
  jest.isolateModules(() => {
    modules = {
      features: jest.requireActual('../features/park-features'),
      partner: jest.requireActual('../features/partner-features'),
      profiles: jest.requireActual('../test-support/match-profiles'),
      index: jest.requireActual('./company-index'),
      ranker: jest.requireActual('./park-ranker'),
    };
  });
  return modules as Modules;
}

const TEXTS = ['Traktionsbatterien und Batteriezellen', 'electric motors and switchgear', '动力电池与储能系统', 'Ladesäulen für Elektrofahrzeuge', 'power electronics for e-mobility', '伺服电机和减速机', 'Prüfstände für Antriebe'];

function scores(m: Modules, order: 'forward' | 'backward'): Map<string, number> {
  const companies = TEXTS.flatMap((text, i) =>
    [0, 1, 2].map((k) =>
      m.profiles.companyProfile({
        id: `00000000-0000-4000-8000-${String(i * 10 + k).padStart(12, '0')}`,
        country: k === 0 ? 'CN' : 'DE',
        divisions: [k === 2 ? '28' : '27'],
        description: `${text} ${TEXTS[(i + k) % TEXTS.length]}`,
        opportunities: [{ type: k === 1 ? OpportunityType.TECHNOLOGY_OFFER : OpportunityType.TECHNOLOGY_REQUEST, partnershipTypes: [PartnershipType.LICENSING], title: TEXTS[(i + 2 * k) % TEXTS.length] }],
      }),
    ),
  );
  const index = new m.index.CompanyIndexData();
  for (const c of order === 'forward' ? companies : [...companies].reverse()) index.put(c, Infinity, Infinity);
  const park = m.profiles.parkProfile({ description: 'Schwerpunkte: Traktionsbatterien, Leistungselektronik und Ladeinfrastruktur', focusSectors: ['27'] });
  const weights = { topic: 0.5, sector: 0.15, gap: 0.05, ecosystem: 0.05, intent: 0.1, geography: 0.05, initiative: 0.025, badges: 0.025, resources: 0.05, distanceScaleKm: 100 };
  const context = m.features.parkContext(park, weights, index.specificity);
  const result = new Map<string, number>();
  for (const r of m.ranker.rankPark(index, context, 100, Date.now()).ranked) result.set(`park ${r.entry.profile.id}`, r.score);
  for (const a of companies) for (const b of companies) if (a !== b) result.set(`pair ${a.id} ${b.id}`, m.partner.scorePartnerFit(a, b, 0.15, index.specificity).score);
  return result;
}

describe('deterministic scores', () => {
  it('the same data gives the same score in two processes, whatever order the companies were loaded in', () => {
    const first = scores(freshProcess(), 'forward');
    const second = scores(freshProcess(), 'backward');
    expect(first.size).toBeGreaterThan(100);
    expect(second.size).toBe(first.size);
    for (const [key, score] of first) expect(second.get(key)).toBe(score);
  });
});
