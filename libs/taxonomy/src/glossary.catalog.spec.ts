import { glossary, glossaryTermGroups, type GlossaryEntry } from './glossary.catalog';
import { isKnownIsicCode } from './isic.catalog';

type GlossaryModule = typeof import('./glossary.catalog');

const HAN = /[\u3400-\u9fff]/;

/** How the collision check compares terms: case, width, spaces and hyphens do not make two terms different. */
function collisionKey(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, '');
}

function allTerms(entry: GlossaryEntry): string[] {
  return [...entry.zh, ...entry.de, ...entry.en];
}

/** Ids of the entries that list `term` (case-insensitive) in any language. */
function entriesWith(term: string): string[] {
  const wanted = term.normalize('NFKC').toLowerCase();
  return glossary()
    .filter((entry) => allTerms(entry).some((t) => t.normalize('NFKC').toLowerCase() === wanted))
    .map((entry) => entry.id);
}

/** Loads a fresh copy of the catalogue that reads `rows` instead of data/glossary.json. */
function catalogueWith(rows: unknown): GlossaryModule {
  let loaded: GlossaryModule | undefined;
  jest.isolateModules(() => {
    jest.doMock('./taxonomy-data.loader', () => {
      const actual = jest.requireActual<typeof import('./taxonomy-data.loader')>('./taxonomy-data.loader');
      return { ...actual, readTaxonomyDataFile: (file: string) => (file === 'glossary.json' ? rows : actual.readTaxonomyDataFile(file)) };
    });
    loaded = jest.requireActual<GlossaryModule>('./glossary.catalog');
  });
  jest.dontMock('./taxonomy-data.loader');
  if (!loaded) throw new Error('catalogue did not load');
  return loaded;
}

function row(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, isic: ['2910'], zh: ['电动汽车'], de: ['Elektrofahrzeug'], en: ['electric vehicle'], source: 'test', ...extra };
}

describe('glossary', () => {
  it('has at least 300 entries with unique kebab-case ids', () => {
    const ids = glossary().map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(300);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every entry at least one term per language, Chinese terms in Han script, known ISIC codes and a source', () => {
    const problems: string[] = [];
    for (const entry of glossary()) {
      for (const language of ['zh', 'de', 'en'] as const) {
        if (entry[language].length === 0) problems.push(`${entry.id}: no ${language} term`);
        for (const term of entry[language]) {
          if (term.trim() === '' || term !== term.trim()) problems.push(`${entry.id}: blank or untrimmed ${language} term '${term}'`);
          if (language === 'zh' && !HAN.test(term)) problems.push(`${entry.id}: zh term without Han characters '${term}'`);
          if (language !== 'zh' && HAN.test(term)) problems.push(`${entry.id}: ${language} term with Han characters '${term}'`);
        }
      }
      for (const code of entry.isic) if (!isKnownIsicCode(code)) problems.push(`${entry.id}: unknown ISIC code ${code}`);
      if (!/project curation/.test(entry.source)) problems.push(`${entry.id}: source does not say it is the project's curation`);
    }
    expect(problems).toEqual([]);
  });

  it('links every broader id to an existing, different entry', () => {
    const ids = new Set(glossary().map((e) => e.id));
    for (const entry of glossary()) {
      if (entry.broader === undefined) continue;
      expect(ids.has(entry.broader)).toBe(true);
      expect(entry.broader).not.toBe(entry.id);
    }
    expect(glossary().find((e) => e.id === 'traction-battery')?.broader).toBe('rechargeable-battery');
    expect(glossary().find((e) => e.id === 'cnc-machine-tool')?.broader).toBe('machine-tool');
  });

  it('puts no term into two entries unless one is the broader entry of the other', () => {
    const byId = new Map(glossary().map((e) => [e.id, e]));
    const owners = new Map<string, Set<string>>();
    for (const entry of glossary()) {
      for (const term of allTerms(entry)) {
        const key = collisionKey(term);
        owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
      }
    }
    const collisions: string[] = [];
    for (const [key, ids] of owners) {
      if (ids.size < 2) continue;
      const [a, b] = [...ids];
      const related = ids.size === 2 && a !== undefined && b !== undefined && (byId.get(a)?.broader === b || byId.get(b)?.broader === a);
      if (!related) collisions.push(`'${key}' in ${[...ids].join(', ')}`);
    }
    expect(collisions).toEqual([]);
  });

  it('lets "electric vehicle", "Elektrofahrzeug" and "电动汽车" find each other', () => {
    const groups = glossaryTermGroups().filter((g) => g.includes('electric vehicle'));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toEqual(expect.arrayContaining(['电动汽车', '新能源汽车', 'Elektrofahrzeug', 'Elektroauto', 'E-Auto', 'electric vehicle', 'EV']));
  });

  // [zh, de, en] that must be synonyms of one another, by sector of the initiative and the platform's core industries.
  const sectors: Record<string, [string, string, string][]> = {
    'new energy and intelligent vehicles': [
      ['动力电池', 'Antriebsbatterie', 'traction battery'],
      ['锂离子电池', 'Lithium-Ionen-Akku', 'lithium-ion battery'],
      ['燃料电池', 'Brennstoffzelle', 'fuel cell'],
      ['充电基础设施', 'Ladeinfrastruktur', 'charging infrastructure'],
      ['充电桩', 'Ladesäule', 'charging station'],
      ['自动驾驶', 'autonomes Fahren', 'autonomous driving'],
      ['激光雷达', 'Lidar', 'lidar'],
      ['电力电子', 'Leistungselektronik', 'power electronics'],
      ['电驱动系统', 'Elektroantrieb', 'electric drive'],
      ['氢能', 'Wasserstoff', 'hydrogen'],
      ['智能网联汽车', 'vernetztes Fahrzeug', 'intelligent connected vehicle'],
    ],
    'digital economy': [
      ['软件', 'Software', 'software'],
      ['云计算', 'Cloud-Computing', 'cloud computing'],
      ['人工智能', 'KI', 'artificial intelligence'],
      ['工业互联网', 'IIoT', 'industrial Internet of Things'],
      ['大数据', 'Big Data', 'big data'],
      ['网络安全', 'Cybersicherheit', 'cybersecurity'],
      ['电子商务', 'Onlinehandel', 'e-commerce'],
      ['数字孪生', 'digitaler Zwilling', 'digital twin'],
      ['半导体', 'Halbleiter', 'semiconductors'],
    ],
    'education and culture': [
      ['职业教育', 'Berufsausbildung', 'vocational training'],
      ['双元制', 'duale Ausbildung', 'dual vocational training'],
      ['在线教育', 'E-Learning', 'e-learning'],
      ['继续教育', 'Weiterbildung', 'continuing education'],
      ['出版', 'Verlagswesen', 'publishing'],
      ['博物馆', 'Museum', 'museum'],
      ['创意产业', 'Kreativwirtschaft', 'creative industries'],
    ],
    machinery: [
      ['数控机床', 'CNC-Werkzeugmaschine', 'CNC machine tool'],
      ['机床', 'Werkzeugmaschinen', 'machine tools'],
      ['齿轮', 'Zahnräder', 'gears'],
      ['减速机', 'Getriebe', 'gearbox'],
      ['轴承', 'Wälzlager', 'bearings'],
      ['泵', 'Pumpen', 'pumps'],
      ['压缩机', 'Verdichter', 'compressor'],
      ['液压', 'Hydraulik', 'hydraulics'],
      ['气动', 'Pneumatik', 'pneumatics'],
      ['物料搬运', 'Fördertechnik', 'materials handling'],
      ['输送机', 'Förderanlage', 'conveyor'],
      ['包装机械', 'Verpackungsmaschinen', 'packaging machinery'],
      ['印刷机械', 'Druckmaschinen', 'printing machinery'],
      ['农业机械', 'Landmaschinen', 'agricultural machinery'],
    ],
    automation: [
      ['可编程逻辑控制器', 'SPS', 'PLC'],
      ['工业机器人', 'Industrieroboter', 'industrial robot'],
      ['传感器', 'Sensoren', 'sensors'],
      ['驱动技术', 'Antriebstechnik', 'drive technology'],
      ['伺服电机', 'Servomotor', 'servo motor'],
      ['运动控制', 'Bewegungssteuerung', 'motion control'],
      ['机器视觉', 'industrielle Bildverarbeitung', 'machine vision'],
      ['测量技术', 'Messtechnik', 'measurement technology'],
    ],
    'medical technology': [
      ['医疗器械', 'Medizintechnik', 'medical devices'],
      ['体外诊断', 'In-vitro-Diagnostik', 'in vitro diagnostics'],
      ['植入物', 'Implantate', 'implants'],
      ['手术器械', 'chirurgische Instrumente', 'surgical instruments'],
      ['牙科设备', 'Dentaltechnik', 'dental equipment'],
      ['医学影像', 'medizinische Bildgebung', 'medical imaging'],
    ],
    chemicals: [
      ['专用化学品', 'Spezialchemie', 'specialty chemicals'],
      ['涂料', 'Lacke', 'coatings'],
      ['胶粘剂', 'Klebstoffe', 'adhesives'],
      ['塑料', 'Kunststoffe', 'plastics'],
      ['催化剂', 'Katalysatoren', 'catalysts'],
    ],
    materials: [
      ['钢铁', 'Stahl', 'steel'],
      ['铝', 'Aluminium', 'aluminium'],
      ['复合材料', 'Verbundwerkstoffe', 'composites'],
      ['陶瓷', 'Keramik', 'ceramics'],
      ['稀土永磁', 'Seltenerdmagnete', 'rare earth magnets'],
    ],
    'environmental technology and energy': [
      ['水处理', 'Wasseraufbereitung', 'water treatment'],
      ['回收利用', 'Recycling', 'waste recycling'],
      ['空气净化', 'Luftreinigung', 'air purification'],
      ['可再生能源', 'erneuerbare Energien', 'renewable energy'],
      ['光伏', 'Photovoltaik', 'PV'],
      ['风电', 'Windenergie', 'wind power'],
      ['储能', 'Energiespeicher', 'energy storage'],
      ['热泵', 'Wärmepumpe', 'heat pump'],
    ],
    logistics: [
      ['仓储', 'Lagerhaltung', 'warehousing'],
      ['货运代理', 'Spedition', 'freight forwarding'],
      ['冷链', 'Kühlkette', 'cold chain'],
      ['厂内物流', 'Intralogistik', 'intralogistics'],
    ],
  };

  describe.each(Object.entries(sectors))('covers %s', (_sector, triples) => {
    it.each(triples)('%s / %s / %s are one entry', (zh, de, en) => {
      const [id] = entriesWith(zh);
      expect(id).toBeDefined();
      expect(entriesWith(zh)).toEqual([id]);
      expect(entriesWith(de)).toEqual([id]);
      expect(entriesWith(en)).toEqual([id]);
      const entry = glossary().find((e) => e.id === id);
      expect(entry?.zh).toContain(zh);
      expect(entry?.de).toContain(de);
      expect(entry?.en).toContain(en);
    });
  });

  it('leaves out words with two unrelated meanings (see GLOSSARY.md)', () => {
    const ambiguous = ['Lager', 'Druck', 'Stapler', 'Ventilatoren', 'duales System', 'Presse', 'Messen', 'Übersetzung', 'EMS', 'API', 'CCS', 'GIS', 'OTA', 'ASR', 'IP', 'hardware', 'media', 'port', 'press', 'grid', '风机', '水电', '电动车', '隔膜'];
    expect(ambiguous.filter((word) => entriesWith(word).length > 0)).toEqual([]);
    expect(entriesWith('ventilator')).toEqual(['ventilator']);
    expect(entriesWith('foundry')).toEqual(['casting']);
  });

  it('keeps broader and narrower concepts in separate groups', () => {
    expect(entriesWith('动力电池')).toEqual(['traction-battery']);
    expect(entriesWith('电池')).toEqual(['battery']);
    expect(entriesWith('Werkzeugmaschine')).toEqual(['machine-tool']);
    expect(entriesWith('CNC-Werkzeugmaschine')).toEqual(['cnc-machine-tool']);
    const tractionGroup = glossaryTermGroups().find((g) => g.includes('traction battery'));
    expect(tractionGroup).not.toContain('battery');
  });
});

describe('glossaryTermGroups', () => {
  it('returns one group per entry, zh then de then en, each term once regardless of case', () => {
    const entries = glossary();
    const groups = glossaryTermGroups();
    expect(groups).toHaveLength(entries.length);
    const lidar = groups[entries.findIndex((e) => e.id === 'lidar')];
    expect(lidar?.[0]).toBe('激光雷达');
    expect(lidar?.filter((t) => t.toLowerCase() === 'lidar')).toEqual(['Lidar']);
    entries.forEach((entry, i) => {
      const group = groups[i] ?? [];
      expect(new Set(group.map((t) => t.toLowerCase())).size).toBe(group.length);
      expect(group.slice(0, entry.zh.length)).toEqual(entry.zh);
      expect(group[entry.zh.length]).toBe(entry.de[0]);
    });
  });

  it('hands out copies, and frozen entries', () => {
    const first = glossaryTermGroups();
    first[0]?.push('changed');
    expect(glossaryTermGroups()[0]).not.toContain('changed');
    expect(Object.isFrozen(glossary()[0])).toBe(true);
    expect(Object.isFrozen(glossary()[0]?.zh)).toBe(true);
  });
});

describe('glossary validation', () => {
  it('accepts a well-formed file', () => {
    const catalogue = catalogueWith([row('electric-vehicle'), row('battery-electric-vehicle', { zh: ['纯电动汽车'], broader: 'electric-vehicle' })]);
    expect(catalogue.glossary().map((e) => e.id)).toEqual(['electric-vehicle', 'battery-electric-vehicle']);
    expect(catalogue.glossaryTermGroups()[1]).toEqual(['纯电动汽车', 'Elektrofahrzeug', 'electric vehicle']);
  });

  it.each([
    ['a duplicate id', [row('ev'), row('ev')], /'ev' is defined twice/],
    ['a language without terms', [row('ev', { de: [] })], /'ev' has no de term/],
    ['a missing language', [row('ev', { en: undefined })], /'ev' has no 'en' list/],
    ['an empty term', [row('ev', { zh: ['电动汽车', ' '] })], /'ev' has an empty/],
    ['an unknown ISIC code', [row('ev', { isic: ['2899'] })], /'ev' has an unknown ISIC Rev.4 code '2899'/],
    ['a section letter as ISIC code', [row('ev', { isic: ['C'] })], /'ev' has an unknown ISIC Rev.4 code 'C'/],
    ['a broader id that does not exist', [row('ev', { broader: 'vehicle' })], /'ev' names an unknown broader entry 'vehicle'/],
    ['a broader loop', [row('a', { broader: 'b' }), row('b', { broader: 'a' })], /'a' is part of a broader loop/],
    ['an entry that is its own broader', [row('ev', { broader: 'ev' })], /'ev' needs another entry's id as broader/],
    ['a misspelt field', [row('ev', { broder: 'x' })], /'ev' has an unknown field 'broder'/],
    ['a missing source', [row('ev', { source: '' })], /'ev' needs a source/],
    ['an entry without id', [{ zh: ['电动汽车'] }], /entry #0 needs a kebab-case id/],
  ])('rejects %s, naming the entry', (_case, rows, message) => {
    expect(() => catalogueWith(rows).glossary()).toThrow(message);
  });
});
