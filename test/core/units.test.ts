import * as fs from 'fs';
import * as path from 'path';
import {
  UnitsCsvError,
  communesOfDistrict,
  laiChauUnits2020,
  laiChauUnits2025,
  parseUnitsCsv,
} from '../../src/core/catalogue/units';
import { LAICHAU_UNITS_2020_CSV } from '../../src/core/catalogue/data/laichau-units-2020';
import { LAICHAU_UNITS_2025_CSV } from '../../src/core/catalogue/data/laichau-units-2025';

const OPTS = { id: 't', province: 'Lai Châu' };

const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;

function expectLineError(text: string, line: number, pattern?: RegExp, opts: Parameters<typeof parseUnitsCsv>[1] = OPTS) {
  let err: unknown;
  try {
    parseUnitsCsv(text, opts);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(UnitsCsvError);
  expect(err).toBeInstanceOf(Error);
  const u = err as UnitsCsvError;
  expect(u.line).toBe(line);
  if (line > 0) {
    expect(u.message).toContain(`dòng ${line}`);
    expect(u.messageEn).toContain(`line ${line}`);
  }
  if (pattern) expect(u.messageEn).toMatch(pattern);
  return u;
}

describe('Lai Châu 2020 structure (the 2023 plan)', () => {
  const s = laiChauUnits2020;

  test('106 units: 94 xã, 5 phường, 7 thị trấn', () => {
    expect(s.id).toBe('laichau-2020');
    expect(s.province).toBe('Lai Châu');
    expect(s.communes).toHaveLength(106);
    expect(count(s.communes, (c) => c.type === 'xã')).toBe(94);
    expect(count(s.communes, (c) => c.type === 'phường')).toBe(5);
    expect(count(s.communes, (c) => c.type === 'thị trấn')).toBe(7);
  });

  test('8 districts in order, with their unit counts', () => {
    const expected: [string, number][] = [
      ['Thành phố Lai Châu', 7],
      ['Tam Đường', 13],
      ['Phong Thổ', 17],
      ['Sìn Hồ', 22],
      ['Mường Tè', 14],
      ['Nậm Nhùn', 11],
      ['Tân Uyên', 10],
      ['Than Uyên', 12],
    ];
    expect(s.districts).toEqual(expected.map((e) => e[0]));
    for (const [d, n] of expected) expect(communesOfDistrict(s, d)).toHaveLength(n);
    // Every commune belongs to a listed district.
    for (const c of s.communes) expect(s.districts).toContain(c.district);
    // NFD input finds the same district.
    expect(communesOfDistrict(s, 'Sìn Hồ'.normalize('NFD'))).toHaveLength(22);
    expect(communesOfDistrict(s, 'Không có')).toEqual([]);
  });

  test('poor districts', () => {
    expect([...s.poorDistricts].sort()).toEqual(['Mường Tè', 'Nậm Nhùn', 'Phong Thổ', 'Sìn Hồ'].sort());
  });

  test('GSO codes are 5-digit text with leading zeros, unique', () => {
    for (const c of s.communes) expect(c.gsoCode).toMatch(/^0\d{4}$/);
    expect(new Set(s.communes.map((c) => c.gsoCode)).size).toBe(106);
    expect(s.communes[0]).toEqual({ district: 'Thành phố Lai Châu', name: 'Quyết Thắng', type: 'phường', gsoCode: '03386' });
  });

  test('Mường Tè is both a thị trấn and a xã of Mường Tè district', () => {
    const mt = communesOfDistrict(s, 'Mường Tè').filter((c) => c.name === 'Mường Tè');
    expect(mt.map((c) => c.type).sort()).toEqual(['thị trấn', 'xã']);
  });

  test('all text is NFC', () => {
    for (const c of s.communes) {
      expect(c.name).toBe(c.name.normalize('NFC'));
      expect(c.district).toBe(c.district!.normalize('NFC'));
    }
  });
});

describe('Lai Châu 2025 structure', () => {
  const s = laiChauUnits2025;
  test('38 units, 36 xã, 2 phường, no districts', () => {
    expect(s.id).toBe('laichau-2025');
    expect(s.communes).toHaveLength(38);
    expect(count(s.communes, (c) => c.type === 'xã')).toBe(36);
    expect(count(s.communes, (c) => c.type === 'phường')).toBe(2);
    expect(s.districts).toEqual([]);
    expect(s.poorDistricts).toEqual([]);
    for (const c of s.communes) {
      expect(c.district).toBeUndefined();
      expect('district' in c).toBe(false);
      expect(c.gsoCode).toMatch(/^0\d{4}$/);
    }
    expect(s.communes[0]).toEqual({ name: 'Mường Kim', type: 'xã', gsoCode: '03637' });
  });
});

describe('embedded CSV texts match the reference data carried in data/', () => {
  const dataDir = path.resolve(__dirname, '../../data');
  const cases: [string, string][] = [
    ['laichau-units-2020.csv', LAICHAU_UNITS_2020_CSV],
    ['laichau-units-2025.csv', LAICHAU_UNITS_2025_CSV],
  ];
  test.each(cases)('%s', (file, embedded) => {
    const p = path.join(dataDir, file);
    const text = fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
    expect(embedded).toBe(text);
  });
});

describe('parseUnitsCsv', () => {
  test('quoted fields, BOM, CRLF, NFD input, padding of codes Excel stripped', () => {
    const text =
      '\uFEFF"district","unit","type","gso_code"\r\n' +
      '"Huyện ""A""",Bản Mới,xã,"03386"\r\n' +
      '"Huyện ""A""","Nà, Tăm",thị trấn,3387\r\n' +
      '\r\n' +
      'B,' + 'Phường Một'.normalize('NFD') + ',Phường,03388\r\n';
    const s = parseUnitsCsv(text, { id: 'x', province: 'Tỉnh', poorDistricts: ['B'] });
    expect(s.districts).toEqual(['Huyện "A"', 'B']);
    expect(s.poorDistricts).toEqual(['B']);
    expect(s.communes).toEqual([
      { district: 'Huyện "A"', name: 'Bản Mới', type: 'xã', gsoCode: '03386' },
      { district: 'Huyện "A"', name: 'Nà, Tăm', type: 'thị trấn', gsoCode: '03387' },
      { district: 'B', name: 'Phường Một', type: 'phường', gsoCode: '03388' },
    ]);
  });

  test('three-column shape, semicolons, columns in another order, Vietnamese headers', () => {
    const s = parseUnitsCsv('Mã;Đơn vị;Loại\n00123;Tân Phong;phường\n03640;Khoen On;xã\n', OPTS);
    expect(s.districts).toEqual([]);
    expect(s.communes).toEqual([
      { name: 'Tân Phong', type: 'phường', gsoCode: '00123' },
      { name: 'Khoen On', type: 'xã', gsoCode: '03640' },
    ]);
  });

  test('no trailing newline; a quoted field spanning lines keeps later line numbers right', () => {
    const s = parseUnitsCsv('unit,type,gso_code\nA,xã,00001', OPTS);
    expect(s.communes).toHaveLength(1);
    expectLineError('unit,type,gso_code\n"A\nB",xã,00001\nC,xa,00002\n', 4, /unit type "xa"/);
  });

  test('bad rows are rejected with their line numbers', () => {
    const head = 'district,unit,type,gso_code\n';
    expectLineError(head + 'A,X,xã,03386\nA,Y,huyện,03387\n', 3, /unit type "huyện".*xã, phường, thị trấn/);
    expectLineError(head + 'A,X,xã,03386\nA,Y,xã\n', 3, /3 fields, the header has 4/);
    expectLineError(head + 'A,X,xã,03386\n\nA,Y,xã,3386\n', 4, /03386 repeats line 2/);
    expectLineError(head + 'A,X,xã,03386\nA,X,xã,03387\n', 3, /repeats line 2/);
    expectLineError(head + 'A,X,xã,03386\nA,,xã,03387\n', 3, /unit name/);
    expectLineError(head + ',X,xã,03386\n', 2, /district/);
    expectLineError(head + 'A,X,xã,0338A\n', 2, /GSO code "0338A"/);
    expectLineError(head + 'A,X,xã,123456\n', 2, /GSO code/);
    expectLineError(head + 'A,X,xã,\n', 2, /GSO code/);
    expectLineError(head + 'A,"X"Y,xã,03386\n', 2, /closing quote/);
    expectLineError(head + 'A,X,xã,03386\nA,"Y,xã,03387\n', 3, /never closed/);
  });

  test('bad headers and empty files', () => {
    expectLineError('district,unit,gso_code\nA,X,03386\n', 1, /missing column type/);
    expectLineError('name,kind,code,code\n', 1);
    expect(() => parseUnitsCsv('', OPTS)).toThrow(UnitsCsvError);
    expect(() => parseUnitsCsv('unit,type,gso_code\n', OPTS)).toThrow(/không có đơn vị nào/);
  });

  test('poor districts must be districts of the file', () => {
    const text = 'district,unit,type,gso_code\nA,X,xã,03386\n';
    expect(() => parseUnitsCsv(text, { ...OPTS, poorDistricts: ['B'] })).toThrow(/"B"/);
    expect(() => parseUnitsCsv('unit,type,gso_code\nX,xã,03386\n', { ...OPTS, poorDistricts: ['A'] })).toThrow(
      UnitsCsvError,
    );
  });

  test('the embedded 2020 text read again equals the exported structure', () => {
    expect(
      parseUnitsCsv(LAICHAU_UNITS_2020_CSV, {
        id: 'laichau-2020',
        province: 'Lai Châu',
        poorDistricts: ['Sìn Hồ', 'Phong Thổ', 'Nậm Nhùn', 'Mường Tè'],
      }),
    ).toEqual(laiChauUnits2020);
  });
});
