import { foldLatin } from '@hc/core';
import { normaliseCity, normaliseCompanyName, normaliseRegistryId } from './name-key';

/** Asserts that all names fold to `key`. */
function expectKey(key: string, names: string[], country?: string | null): void {
  for (const name of names) expect([name, normaliseCompanyName(name, country)]).toEqual([name, key]);
}

describe('normaliseCompanyName', () => {
  describe('German names', () => {
    it('"Müller Werkzeugmaschinen GmbH" and "MUELLER WERKZEUGMASCHINEN G.m.b.H." are the same company', () => {
      expectKey('muellerwerkzeugmaschinen', [
        'Müller Werkzeugmaschinen GmbH',
        'MUELLER WERKZEUGMASCHINEN G.m.b.H.',
        'Mueller Werkzeugmaschinen Gesellschaft mit beschränkter Haftung',
        'Müller  Werkzeugmaschinen   GmbH ',
      ]);
    });

    it('"Bosch Rexroth AG" is "Bosch Rexroth", also with a hyphen or written as Aktiengesellschaft', () => {
      expectKey('boschrexroth', ['Bosch Rexroth AG', 'Bosch Rexroth', 'Bosch-Rexroth AG', 'Bosch Rexroth Aktiengesellschaft']);
    });

    it('strips a legal form in parentheses: "olly UG (haftungsbeschränkt)" -> "olly"', () => {
      expectKey('olly', ['olly UG (haftungsbeschränkt)', 'OLLY UG (haftungsbeschraenkt)', 'olly UG haftungsbeschränkt', 'olly']);
    });

    it('keeps "Verwaltungs" of "BLUECHILLED Verwaltungs GmbH" (only the legal form goes)', () => {
      expectKey('bluechilledverwaltungs', ['BLUECHILLED Verwaltungs GmbH', 'Bluechilled Verwaltungs-GmbH']);
      expect(normaliseCompanyName('BLUECHILLED Verwaltungs GmbH')).not.toBe(normaliseCompanyName('BLUECHILLED GmbH'));
    });

    it('folds the whole chain of a GmbH & Co. KG and its siblings', () => {
      expectKey('foo', [
        'Foo GmbH & Co. KG',
        'Foo GmbH & Co KG',
        'FOO GMBH UND CO. KG',
        'Foo AG & Co. KGaA',
        'Foo SE & Co. KGaA',
        'Foo UG (haftungsbeschränkt) & Co. KG',
        'Foo Ltd. & Co. KG',
        'Foo',
      ]);
    });

    it('"Foo Holding GmbH & Co. KG" keeps "Holding": Holding and Group are not legal forms', () => {
      expect(normaliseCompanyName('Foo Holding GmbH & Co. KG')).toBe('fooholding');
      expect(normaliseCompanyName('Foo Group AG')).toBe('foogroup');
      expect(normaliseCompanyName('Foo Holding GmbH')).not.toBe(normaliseCompanyName('Foo GmbH'));
    });

    it('keeps "& Co." when no legal form precedes it: "Müller & Co. KG" is not "Müller KG"', () => {
      expect(normaliseCompanyName('Müller & Co. KG')).toBe('muellerundco');
      expect(normaliseCompanyName('Müller & Co.')).toBe('muellerundco');
      expect(normaliseCompanyName('Müller KG')).toBe('mueller');
    });

    it('"Müller GmbH" and "Müller AG" fold together on purpose: dedupe also requires the same city', () => {
      expect(normaliseCompanyName('Müller GmbH')).toBe(normaliseCompanyName('Müller AG'));
    });

    it('strips only whole words at the end, never the inside or the start of a word', () => {
      expect(normaliseCompanyName('Festag')).toBe('festag');
      expect(normaliseCompanyName('AG Bau Berlin')).toBe('agbauberlin');
      expect(normaliseCompanyName('Kögel Trailer GmbH')).toBe('koegeltrailer');
    });

    it('keeps words that name a kind of organisation: "Bertelsmann Stiftung" is not "Bertelsmann SE & Co. KGaA"', () => {
      expect(normaliseCompanyName('Bertelsmann Stiftung')).not.toBe(normaliseCompanyName('Bertelsmann SE & Co. KGaA'));
      expect(normaliseCompanyName('Robert Bosch Stiftung GmbH')).not.toBe(normaliseCompanyName('Robert Bosch GmbH'));
      expect(normaliseCompanyName('Foo Verein')).toBe('fooverein');
    });

    it('keeps "EV": "Foo EV GmbH" (an electric-vehicle maker) is not "Foo GmbH"', () => {
      expect(normaliseCompanyName('Foo EV GmbH')).toBe('fooev');
    });
  });

  describe('Chinese names', () => {
    it('"苏州汇川技术有限公司" and "苏州汇川技术股份有限公司" both fold to 苏州汇川技术', () => {
      expectKey('苏州汇川技术', ['苏州汇川技术有限公司', '苏州汇川技术股份有限公司', '苏州汇川技术有限责任公司', '苏州汇川技术']);
    });

    it('keeps 集团 and 控股 (not legal forms) and place names', () => {
      expect(normaliseCompanyName('海尔集团公司')).toBe('海尔集团');
      expect(normaliseCompanyName('海尔集团有限公司')).toBe('海尔集团');
      expect(normaliseCompanyName('XX控股股份有限公司')).toBe('xx控股');
      expect(normaliseCompanyName('苏州汇川技术有限公司')).not.toBe(normaliseCompanyName('汇川技术有限公司'));
    });

    it('full-width "ＡＢＣ（苏州）有限公司" is "ABC(苏州)有限公司"', () => {
      expectKey('abc苏州', ['ＡＢＣ（苏州）有限公司', 'ABC(苏州)有限公司', 'ABC（苏州）有限公司']);
    });

    it('strips a partnership form in parentheses', () => {
      expect(normaliseCompanyName('苏州元禾投资合伙企业（有限合伙）')).toBe('苏州元禾投资合伙企业');
    });

    it('"Huawei Technologies Co., Ltd." is "Huawei Technologies" (English renderings of Chinese forms)', () => {
      expectKey('huaweitechnologies', ['Huawei Technologies Co., Ltd.', 'HUAWEI TECHNOLOGIES CO.,LTD', 'Huawei Technologies Co. Ltd', 'Huawei Technologies Company Limited', 'Huawei Technologies']);
      expect(normaliseCompanyName('BYD Company Limited')).toBe('byd');
      expect(normaliseCompanyName('Jiangsu Yanghe Brewery Joint-Stock Co., Ltd.')).toBe('jiangsuyanghebrewery');
      expect(normaliseCompanyName('Suzhou ABC (Group) Co., Ltd.')).toBe('suzhouabcgroup');
    });
  });

  describe('country-specific legal forms', () => {
    it('uses the forms of the given country on top of the always-on DE, AT, CH and CN forms', () => {
      expect(normaliseCompanyName('Foo B.V.', 'NL')).toBe('foo');
      expect(normaliseCompanyName('Foo B.V.', 'nl')).toBe('foo');
      expect(normaliseCompanyName('Foo S.p.A.', 'IT')).toBe('foo');
      expect(normaliseCompanyName('トヨタ自動車株式会社', 'JP')).toBe('トヨタ自動車');
      expect(normaliseCompanyName('Foo B.V.', 'DE')).toBe('foobv');
    });

    it('treats a missing or unknown country like the always-on set', () => {
      expect(normaliseCompanyName('Foo GmbH', null)).toBe('foo');
      expect(normaliseCompanyName('Foo GmbH', undefined)).toBe('foo');
      expect(normaliseCompanyName('Foo GmbH', 'XX')).toBe('foo');
      expect(normaliseCompanyName('Foo S.A.', 'Deutschland')).toBe('foo');
    });
  });

  describe('never an empty key', () => {
    it('a name that is only a legal form keeps it', () => {
      expect(normaliseCompanyName('GmbH')).toBe('gmbh');
      expect(normaliseCompanyName('有限公司')).toBe('有限公司');
      expect(normaliseCompanyName('GmbH & Co. KG')).toBe('gmbhundcokg');
      expect(normaliseCompanyName('Co., Ltd.')).toBe('coltd');
    });

    it('a name without letters or digits keeps its characters; only a blank name gives ""', () => {
      expect(normaliseCompanyName('!!!')).toBe('!!!');
      expect(normaliseCompanyName('  ')).toBe('');
    });
  });

  it('"&" and "and" count as "und"', () => {
    expectKey('procterundgamble', ['Procter & Gamble', 'Procter and Gamble', 'Procter und Gamble', 'Procter ＆ Gamble']);
  });
});

describe('normaliseCity', () => {
  it('"München", "MUENCHEN" and "Muenchen " agree', () => {
    expect(new Set(['München', 'MUENCHEN', 'Muenchen ', 'muenchen'].map(normaliseCity))).toEqual(new Set(['muenchen']));
  });

  it('"苏州" and "苏州市" agree', () => {
    expect(new Set(['苏州', '苏州市', ' 苏州 市 ', '苏州市 '].map(normaliseCity))).toEqual(new Set(['苏州']));
    expect(normaliseCity('市')).toBe('市');
  });

  it('"Frankfurt am Main" and "Frankfurt (Oder)" stay distinct', () => {
    expect(normaliseCity('Frankfurt am Main')).toBe('frankfurtammain');
    expect(normaliseCity('Frankfurt (Oder)')).toBe('frankfurtoder');
  });

  it('strips no legal forms and folds full-width letters', () => {
    expect(normaliseCity('Bad Homburg AG')).toBe('badhomburgag');
    expect(normaliseCity('ＳＵＺＨＯＵ')).toBe('suzhou');
  });

  it('agrees with foldLatin of @hc/core on Latin words', () => {
    for (const city of ['Düsseldorf', 'Göttingen', 'Gießen', 'Besançon', 'Łódź', 'Plzeň']) expect(normaliseCity(city)).toBe(foldLatin(city));
  });
});

describe('normaliseRegistryId', () => {
  it('"Hamburg HRB 150148", "HAMBURG  HRB150148" and "Hamburg, HRB 150148" agree', () => {
    for (const id of ['Hamburg HRB 150148', 'HAMBURG  HRB150148', 'Hamburg, HRB 150148', 'Amtsgericht Hamburg HRB 150148']) {
      expect(normaliseRegistryId('DE', id)).toBe('DE:HAMBURGHRB150148');
    }
  });

  it('folds umlauts of register courts and upper-cases the country', () => {
    expect(normaliseRegistryId('de', 'München HRB 12345')).toBe(normaliseRegistryId('DE', 'Muenchen HRB 12345'));
    expect(normaliseRegistryId('de', 'München HRB 12345')).toBe('DE:MUENCHENHRB12345');
  });

  it('upper-cases an 18-character 统一社会信用代码, also from full-width digits', () => {
    expect(normaliseRegistryId('CN', '91320500ma1mxxxx0x')).toBe('CN:91320500MA1MXXXX0X');
    expect(normaliseRegistryId('CN', '９１３２０５００ＭＡ１ＭＸＸＸＸ０Ｘ')).toBe('CN:91320500MA1MXXXX0X');
  });

  it('keeps countries apart and gives "" for an identifier without letters or digits', () => {
    expect(normaliseRegistryId('AT', 'FN 12345a')).not.toBe(normaliseRegistryId('DE', 'FN 12345a'));
    expect(normaliseRegistryId('DE', ' - ')).toBe('');
  });
});
