import { IsCountryCode, IsIsicCode, IsRegionCode } from './code.validators';
import { validate } from 'class-validator';

class CompanyDto {
  @IsIsicCode() primarySector: unknown = '2822';
  @IsIsicCode({ each: true }) sectors: unknown = ['28', '282'];
  @IsCountryCode() country: unknown = 'DE';
  @IsRegionCode() region: unknown = 'DE-BW';
}

function dto(patch: Partial<CompanyDto>): CompanyDto {
  return Object.assign(new CompanyDto(), patch);
}

async function messages(target: CompanyDto): Promise<string[]> {
  const errors = await validate(target);
  return errors.flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('taxonomy validators', () => {
  it('accept known codes', async () => {
    expect(await messages(dto({}))).toEqual([]);
    expect(await messages(dto({ country: 'CN', region: 'CN-JS', sectors: [] }))).toEqual([]);
  });

  it('name the unknown ISIC code', async () => {
    expect(await messages(dto({ primarySector: '04' }))).toEqual(["primarySector contains unknown ISIC Rev.4 code '04'"]);
    expect(await messages(dto({ primarySector: '28.22' }))).toEqual(["primarySector contains unknown ISIC Rev.4 code '28.22'"]);
    expect(await messages(dto({ primarySector: 'C' }))).toEqual(["primarySector contains unknown ISIC Rev.4 code 'C'"]);
  });

  it('name the offending item of an array, not the whole array', async () => {
    expect(await messages(dto({ sectors: ['28', '2822', '04', 'x'] }))).toEqual([
      "sectors contains unknown ISIC Rev.4 code '04'",
    ]);
  });

  it('reject non-string values', async () => {
    expect(await messages(dto({ primarySector: 28 }))).toEqual(["primarySector contains unknown ISIC Rev.4 code '28'"]);
    expect(await messages(dto({ sectors: '28' }))).toEqual([]);
  });

  it('explain an unsupported country', async () => {
    expect(await messages(dto({ country: 'US' }))).toEqual([
      "country must be a supported ISO 3166-1 alpha-2 country code, got 'US'",
    ]);
    expect(await messages(dto({ country: 'de' }))).toEqual([
      "country must be a supported ISO 3166-1 alpha-2 country code, got 'de'",
    ]);
  });

  it('explain an unknown region', async () => {
    expect(await messages(dto({ region: 'DE-XX' }))).toEqual(["region must be a supported ISO 3166-2 region code, got 'DE-XX'"]);
  });

  it('cut long rejected values short in messages', async () => {
    const [message] = await messages(dto({ country: 'X'.repeat(500) }));
    expect(message?.length).toBeLessThan(150);
  });
});
