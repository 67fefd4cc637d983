import { GermanDecompounder } from './german-decompounder';
import { analyze, analyzeQuery, foldLatin, simplify, stem } from './text-analysis';

describe('text analysis', () => {
  it('finds inner Chinese words: 机床 in 数控机床, 处理 in 待处理, 新能源 in 新能源汽车零部件', () => {
    expect(analyze('数控机床')).toEqual(expect.arrayContaining(['机床', '数控机床']));
    expect(analyze('待处理')).toContain('处理');
    expect(analyze('新能源汽车零部件')).toEqual(expect.arrayContaining(['新能源', '汽车', '零部件']));
  });

  it('turns traditional characters in a query into simplified ones', () => {
    expect(simplify('數控機床 電動汽車')).toBe('数控机床 电动汽车');
    expect(analyzeQuery('數控機床')[0].term).toBe('数控机床');
  });

  it('folds umlauts and ß to their transliterations, so Müller = Mueller and Straße = Strasse', () => {
    expect(foldLatin('Müller')).toBe(foldLatin('Mueller'));
    expect(foldLatin('Straße')).toBe('strasse');
    expect(foldLatin('Fördertechnik')).toBe('foerdertechnik');
    expect(analyze('Müller')).toEqual(analyze('Mueller'));
  });

  it('stems inflections of the same word to one term, in German and English', () => {
    expect(stem('maschine')).toBe(stem('maschinen'));
    expect(stem('sensor')).toBe(stem('sensoren'));
    expect(stem('getriebe')).toBe(stem('getrieben'));
    expect(stem('pump')).toBe(stem('pumps'));
    expect(stem('battery')).toBe(stem('batteries'));
    expect(stem('bau')).toBe('bau'); // short words stay as they are
  });

  it('splits German compounds into their parts, nested parts included', () => {
    expect(analyze('Werkzeugmaschinenbau')).toEqual(expect.arrayContaining(['werkzeug', stem('maschinen'), 'bau']));
    expect(analyze('Antriebstechnik')).toEqual(expect.arrayContaining(['antrieb', 'technik']));
    expect(analyze('Vakuumpumpen')).toEqual(expect.arrayContaining(['vakuum', 'pump']));
  });

  it('does not split words that only look like compounds', () => {
    const d = new GermanDecompounder(['bau', 'maschinen', 'werkzeug']);
    expect(d.split('bauer')).toEqual([]);
    expect(d.split('maschinen')).toEqual([]);
    expect(d.split('werkzeugx')).toEqual([]);
    expect(d.split('werkzeugmaschinen')).toEqual(['werkzeug', 'maschinen']);
  });

  it('keeps meaningful single Chinese characters in queries and drops particles', () => {
    expect(analyzeQuery('水处理').map((w) => w.term)).toEqual(['水', '处理']);
    expect(analyzeQuery('电池的回收').map((w) => w.term)).not.toContain('的');
  });
});
