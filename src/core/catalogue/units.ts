// Administrative units (districts, communes) as data: a CSV reader and the embedded Lai Châu
// structures. Pure TypeScript.
//
// CSV shapes: `district,unit,type,gso_code` (two levels) or `unit,type,gso_code` (no district level).
// The reader takes UTF-8 text with or without a BOM, CRLF or LF, quoted fields ("" inside quotes),
// and ',' or ';' or tab as separator (Excel in a Vietnamese locale saves ';'). Columns may come in any
// order and extra columns are ignored; header names may also be Vietnamese (Huyện, Đơn vị, Loại, Mã).
// Text is normalised to NFC. GSO codes stay text: "03386" keeps its zero; a code of fewer than 5
// digits is padded with zeros on the left, because that is what Excel does to a 5-digit code typed
// into a number cell (03386 → 3386) and GSO commune codes are always 5 digits.
// A row that cannot be used throws a `UnitsCsvError` naming its line (1 = the header line).

import type { CommuneUnit, UnitStructure, UnitType } from '../types';
import { LAICHAU_UNITS_2020_CSV } from './data/laichau-units-2020';
import { LAICHAU_UNITS_2025_CSV } from './data/laichau-units-2025';

export const UNIT_TYPES: readonly UnitType[] = ['xã', 'phường', 'thị trấn'];
const GSO_DIGITS = 5;

/** A unit list that cannot be read: the line at fault and what is wrong, in Vietnamese (`message`) and English. */
export class UnitsCsvError extends Error {
  readonly messageEn: string;
  /** 1-based line of the text; 0 when the fault is not on one line. */
  readonly line: number;

  constructor(line: number, vi: string, en: string) {
    super(line > 0 ? `Danh sách đơn vị, dòng ${line}: ${vi}` : `Danh sách đơn vị: ${vi}`);
    this.name = 'UnitsCsvError';
    this.line = line;
    this.messageEn = line > 0 ? `Unit list, line ${line}: ${en}` : `Unit list: ${en}`;
  }
}

export interface UnitsCsvOptions {
  id: string;
  province: string;
  /** Names of poor districts; each must be a district of the file. */
  poorDistricts?: string[];
}

interface CsvRecord {
  line: number;
  fields: string[];
}

function nfc(s: string): string {
  return s.normalize('NFC').trim();
}

function detectSeparator(firstLine: string): string {
  const counts = [',', ';', '\t'].map((sep) => ({ sep, n: firstLine.split(sep).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].sep : ',';
}

/** RFC 4180 records, each with the line it starts on. */
function readCsv(text: string): CsvRecord[] {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  s = s.normalize('NFC');
  const sep = detectSeparator(s.split(/\r\n|\r|\n/, 1)[0] ?? '');
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      if (s[i] === '"') {
        // Quoted field.
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) {
            throw new UnitsCsvError(
              quoteLine,
              'dấu ngoặc kép mở nhưng không đóng',
              'a quoted field is opened but never closed',
            );
          }
          const ch = s[i];
          if (ch === '"') {
            if (s[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\r' || ch === '\n') {
            if (ch === '\r' && s[i + 1] === '\n') {
              field += '\n';
              i += 2;
            } else {
              field += '\n';
              i++;
            }
            line++;
            continue;
          }
          field += ch;
          i++;
        }
        if (i < n && s[i] !== sep && s[i] !== '\r' && s[i] !== '\n') {
          throw new UnitsCsvError(
            line,
            `có ký tự "${s[i]}" ngay sau dấu ngoặc kép đóng; một ô có ngoặc kép phải kết thúc ở dấu ngoặc`,
            `found "${s[i]}" right after a closing quote; a quoted field must end at its quote`,
          );
        }
      } else {
        while (i < n && s[i] !== sep && s[i] !== '\r' && s[i] !== '\n') {
          field += s[i];
          i++;
        }
      }
      fields.push(field);
      field = '';
      if (i >= n) {
        endOfRecord = true;
      } else if (s[i] === sep) {
        i++;
        if (i >= n) fields.push('');
      } else {
        // End of line.
        i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
      }
    }
    records.push({ line: start, fields });
  }
  return records;
}

type Column = 'district' | 'unit' | 'type' | 'gso_code';

const HEADER_NAMES: Record<Column, string[]> = {
  district: ['district', 'huyện', 'huyen', 'quận/huyện', 'đơn vị cấp huyện'],
  unit: ['unit', 'name', 'đơn vị', 'don vi', 'tên', 'ten', 'tên đơn vị'],
  type: ['type', 'loại', 'loai', 'cấp'],
  gso_code: ['gso_code', 'gso', 'code', 'mã', 'ma', 'mã gso', 'mã số'],
};

function columnOf(header: string): Column | undefined {
  const h = nfc(header).toLowerCase();
  for (const col of Object.keys(HEADER_NAMES) as Column[]) {
    if (HEADER_NAMES[col].includes(h)) return col;
  }
  return undefined;
}

function readType(raw: string, line: number): UnitType {
  const t = nfc(raw).toLowerCase().replace(/\s+/g, ' ');
  const found = UNIT_TYPES.find((u) => u === t);
  if (!found) {
    throw new UnitsCsvError(
      line,
      `loại đơn vị "${nfc(raw)}" không hợp lệ; cho phép: ${UNIT_TYPES.join(', ')}`,
      `unit type "${nfc(raw)}" is not allowed; allowed: ${UNIT_TYPES.join(', ')}`,
    );
  }
  return found;
}

function readGso(raw: string, line: number): string {
  const c = nfc(raw).replace(/^'/, '');
  if (!/^\d+$/.test(c) || c.length > GSO_DIGITS) {
    throw new UnitsCsvError(
      line,
      `mã GSO "${c}" không hợp lệ; cần tối đa ${GSO_DIGITS} chữ số, ví dụ 03386`,
      `GSO code "${c}" is not valid; it needs up to ${GSO_DIGITS} digits, e.g. 03386`,
    );
  }
  return c.padStart(GSO_DIGITS, '0');
}

/** Reads a unit list in either CSV shape into a structure (districts in order of first appearance). */
export function parseUnitsCsv(text: string, opts: UnitsCsvOptions): UnitStructure {
  const records = readCsv(text).filter((r) => r.fields.some((f) => nfc(f) !== ''));
  if (records.length === 0) {
    throw new UnitsCsvError(
      0,
      'tệp rỗng; cần dòng tiêu đề "district,unit,type,gso_code" hoặc "unit,type,gso_code"',
      'the file is empty; a header "district,unit,type,gso_code" or "unit,type,gso_code" is needed',
    );
  }
  const header = records[0];
  const cols = new Map<Column, number>();
  header.fields.forEach((h, idx) => {
    const col = columnOf(h);
    if (!col) return;
    if (cols.has(col)) {
      throw new UnitsCsvError(header.line, `cột "${col}" xuất hiện hai lần`, `column "${col}" appears twice`);
    }
    cols.set(col, idx);
  });
  const missing = (['unit', 'type', 'gso_code'] as Column[]).filter((c) => !cols.has(c));
  if (missing.length > 0) {
    throw new UnitsCsvError(
      header.line,
      `thiếu cột ${missing.join(', ')}; tiêu đề cần là "district,unit,type,gso_code" hoặc "unit,type,gso_code"`,
      `missing column ${missing.join(', ')}; the header must be "district,unit,type,gso_code" or "unit,type,gso_code"`,
    );
  }
  const hasDistrict = cols.has('district');
  const width = header.fields.length;

  const communes: CommuneUnit[] = [];
  const districts: string[] = [];
  const byCode = new Map<string, number>();
  const byName = new Map<string, number>();

  for (const r of records.slice(1)) {
    if (r.fields.length !== width) {
      throw new UnitsCsvError(
        r.line,
        `có ${r.fields.length} cột, tiêu đề có ${width}`,
        `has ${r.fields.length} fields, the header has ${width}`,
      );
    }
    const get = (c: Column) => nfc(r.fields[cols.get(c)!]).replace(/\s+/g, ' ');
    const name = get('unit');
    if (name === '') {
      throw new UnitsCsvError(r.line, 'thiếu tên đơn vị (cột unit)', 'the unit name (column unit) is empty');
    }
    const type = readType(get('type'), r.line);
    const gsoCode = readGso(get('gso_code'), r.line);
    let district: string | undefined;
    if (hasDistrict) {
      district = get('district');
      if (district === '') {
        throw new UnitsCsvError(r.line, `thiếu huyện của "${name}" (cột district)`, `the district of "${name}" (column district) is empty`);
      }
      if (!districts.includes(district)) districts.push(district);
    }
    const prevCode = byCode.get(gsoCode);
    if (prevCode !== undefined) {
      throw new UnitsCsvError(
        r.line,
        `mã GSO ${gsoCode} trùng với dòng ${prevCode}`,
        `GSO code ${gsoCode} repeats line ${prevCode}`,
      );
    }
    const key = `${district ?? ''}\u0000${type}\u0000${name}`;
    const prevName = byName.get(key);
    if (prevName !== undefined) {
      throw new UnitsCsvError(
        r.line,
        `${type} ${name}${district ? ` (${district})` : ''} trùng với dòng ${prevName}`,
        `${type} ${name}${district ? ` (${district})` : ''} repeats line ${prevName}`,
      );
    }
    byCode.set(gsoCode, r.line);
    byName.set(key, r.line);
    const unit: CommuneUnit = district !== undefined ? { district, name, type, gsoCode } : { name, type, gsoCode };
    communes.push(unit);
  }
  if (communes.length === 0) {
    throw new UnitsCsvError(0, 'không có đơn vị nào sau dòng tiêu đề', 'there is no unit after the header');
  }

  const poorDistricts = (opts.poorDistricts ?? []).map(nfc);
  for (const p of poorDistricts) {
    if (!districts.includes(p)) {
      const known = districts.length ? districts.join(', ') : '(không có cấp huyện)';
      const knownEn = districts.length ? districts.join(', ') : '(no district level)';
      throw new UnitsCsvError(
        0,
        `huyện nghèo "${p}" không có trong danh sách; các huyện: ${known}`,
        `poor district "${p}" is not in the list; districts: ${knownEn}`,
      );
    }
  }

  return { id: opts.id, province: nfc(opts.province), districts, poorDistricts, communes };
}

/** The communes of one district, in list order (empty for an unknown district or a structure without districts). */
export function communesOfDistrict(s: UnitStructure, district: string): CommuneUnit[] {
  const d = nfc(district);
  return s.communes.filter((c) => c.district === d);
}

/** Lai Châu, 1 Feb 2020 – 30 Jun 2025: 8 districts, 106 units; the structure of the 2023 plan. */
export const laiChauUnits2020: UnitStructure = parseUnitsCsv(LAICHAU_UNITS_2020_CSV, {
  id: 'laichau-2020',
  province: 'Lai Châu',
  poorDistricts: ['Sìn Hồ', 'Phong Thổ', 'Nậm Nhùn', 'Mường Tè'],
});

/** Lai Châu from 1 Jul 2025: 38 units (36 xã, 2 phường), no district level. */
export const laiChauUnits2025: UnitStructure = parseUnitsCsv(LAICHAU_UNITS_2025_CSV, {
  id: 'laichau-2025',
  province: 'Lai Châu',
});
