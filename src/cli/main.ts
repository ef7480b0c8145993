// `chitieu`: the command line over core and the .xlsx adapter. A contract (DESIGN.md): scripts and
// tests rely on its arguments, its JSON and its exit codes.

import { readFile, writeFile, access } from 'node:fs/promises';
import { parseArgs, ParseArgsConfig } from 'node:util';
import { laiChau2023 } from '../core/catalogue/laichau2023';
import { CatalogueError, parseCatalogue } from '../core/catalogue/catalogue';
import { parseUnitsCsv, UnitsCsvError } from '../core/catalogue/units';
import { PlanError } from '../core/layout';
import { Catalogue, Lang, Level, NumberLocale, UnitStructure } from '../core/types';
import { TemplateError } from '../core/sheet';
import { WorkbookFileError } from '../xlsx/files';
import { buildTemplateWorkbook } from '../xlsx/template';
import { workbookBytes } from '../xlsx/files';
import { checkWorkbookFile, formatCheckText } from './check';
import { consolidateCommand } from './consolidate';
import { catalogueCommand } from './catalogue';
import { formatSlidesText, slidesFromWorkbookFile } from './slides';

/** A failure the user can act on: printed as one line, exit status 2, nothing written. */
export class CliError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = `Cách dùng / Usage:
  chitieu template --out FILE.xlsx [--level province|district] [--unit NAME] [--lang vi|en] [--catalogue FILE.json] [--units FILE.csv]
  chitieu check FILE.xlsx [--json] [--out MARKED.xlsx] [--locale vi-VN|en-US] [--lang vi|en] [--catalogue FILE.json] [--units FILE.csv]
  chitieu consolidate FILE.xlsx... --out FILE.xlsx [--json] [--province FILE.xlsx] [--locale vi-VN|en-US] [--lang vi|en] [--catalogue FILE.json] [--units FILE.csv --poor-districts "A;B"]
  chitieu slides FILE.xlsx --out FILE.pptx [--lang vi|en] [--locale vi-VN|en-US] [--catalogue FILE.json]
    slides --locale: cách đọc số dạng chữ trong tệp và cách viết số trên trang chiếu (mặc định: đọc vi-VN, viết theo --lang)
                     (how text numbers in the file are read and how numbers are written; default: read vi-VN, write per --lang)
  chitieu catalogue --from-text PLAN.txt --out catalogue.json [--year N] [--province NAME] [--catalogue KNOWN.json] [--lang vi|en]
    catalogue --catalogue: danh mục có mã để ghép (mặc định: Lai Châu 2023 có sẵn) (the catalogue whose codes are reused)
  --units FILE.csv: danh sách đơn vị hành chính (district,unit,type,gso_code hoặc unit,type,gso_code) thay cho danh sách Lai Châu 2020 có sẵn
                    (the unit list for the commune sheet, instead of the embedded Lai Châu 2020 list)`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'template':
        return await templateCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io);
      case 'consolidate':
        return await consolidateCommand(rest, io);
      case 'slides':
        return await slidesCommand(rest, io);
      case 'catalogue':
        return await catalogueCommand(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`lệnh không có: "${command}" (unknown command). ${USAGE}`);
    }
  } catch (e) {
    io.err(`chitieu: ${oneLine(e)}`);
    return 2;
  }
}

function oneLine(e: unknown): string {
  if (e instanceof CatalogueError) return `${e.message} / ${e.messageEn}`;
  if (e instanceof TemplateError || e instanceof WorkbookFileError || e instanceof PlanError) return `${e.messages.vi} / ${e.messages.en}`;
  if (e instanceof UnitsCsvError) return `${e.message} / ${e.messageEn}`;
  if (e instanceof CliError) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${USAGE}`);
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${flag} phải là ${allowed.join(' | ')} (got "${String(value)}")`);
}

export async function loadCatalogue(path: string | undefined): Promise<Catalogue> {
  if (!path) return laiChau2023;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`không đọc được danh mục "${path}" (cannot read the catalogue file)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CliError(`danh mục "${path}" không phải JSON hợp lệ (${(e as Error).message})`);
  }
  return parseCatalogue(json);
}

/** A unit list (--units): the commune sheet's communes and districts, and its poor districts. */
export async function loadUnits(path: string | undefined, catalogue: Catalogue, poorDistricts: string[] = []): Promise<UnitStructure | undefined> {
  if (!path) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`không đọc được danh sách đơn vị "${path}" (cannot read the unit list)`);
  }
  const id = path.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return parseUnitsCsv(text, { id, province: catalogue.province, poorDistricts });
}

async function templateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    level: { type: 'string' },
    unit: { type: 'string' },
    lang: { type: 'string' },
    catalogue: { type: 'string' },
    units: { type: 'string' },
  });
  if (positionals.length) throw new CliError(`đối số thừa: ${positionals.join(' ')}`);
  const out = values.out as string | undefined;
  if (!out) throw new CliError('thiếu --out FILE.xlsx (where to write the template)');
  if (!/\.xlsx$/i.test(out)) throw new CliError(`--out phải là tệp .xlsx (got "${out}")`);
  const level = oneOf<Level>(values.level, ['province', 'district'], '--level', 'province');
  const lang = oneOf<Lang>(values.lang, ['vi', 'en'], '--lang', 'vi');
  const catalogue = await loadCatalogue(values.catalogue as string | undefined);
  const unit = values.unit as string | undefined;
  if (level === 'district' && !unit) throw new CliError('mẫu cấp huyện cần --unit TÊN_HUYỆN (a district template needs --unit)');
  const units = await loadUnits(values.units as string | undefined, catalogue);
  const wb = buildTemplateWorkbook(catalogue, { level, unit, lang, ...(units ? { units } : {}) });
  await writeFile(out, await workbookBytes(wb));
  io.out(lang === 'vi' ? `Đã tạo mẫu ${out} (${catalogue.id}, cấp ${level === 'province' ? 'tỉnh' : 'huyện'}).` : `Wrote template ${out} (${catalogue.id}, ${level} level).`);
  return 0;
}

async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean' },
    out: { type: 'string' },
    locale: { type: 'string' },
    lang: { type: 'string' },
    catalogue: { type: 'string' },
    units: { type: 'string' },
  });
  if (positionals.length !== 1) throw new CliError(`cần đúng một tệp .xlsx để kiểm tra (check takes one FILE.xlsx)`);
  const file = positionals[0];
  const locale = oneOf<NumberLocale>(values.locale, ['vi-VN', 'en-US'], '--locale', 'vi-VN');
  const lang = oneOf<Lang>(values.lang, ['vi', 'en'], '--lang', 'vi');
  const out = values.out as string | undefined;
  if (out && !/\.xlsx$/i.test(out)) throw new CliError(`--out phải là tệp .xlsx (got "${out}")`);
  const catalogue = await loadCatalogue(values.catalogue as string | undefined);
  const units = await loadUnits(values.units as string | undefined, catalogue);
  const bytes = await readInput(file);
  const result = await checkWorkbookFile(bytes, file, catalogue, { locale, lang, markedCopy: out !== undefined, ...(units ? { units } : {}) });
  if (out && result.marked) await writeFile(out, result.marked);
  io.out(values.json ? JSON.stringify(result.report, null, 2) : formatCheckText(result.report, lang));
  return 0;
}

async function slidesCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    lang: { type: 'string' },
    locale: { type: 'string' },
    catalogue: { type: 'string' },
  });
  if (positionals.length !== 1) throw new CliError(`cần đúng một tệp .xlsx để làm trang chiếu (slides takes one FILE.xlsx)`);
  const file = positionals[0];
  const out = values.out as string | undefined;
  if (!out) throw new CliError('thiếu --out FILE.pptx (where to write the deck)');
  if (!/\.pptx$/i.test(out)) throw new CliError(`--out phải là tệp .pptx (got "${out}")`);
  const lang = oneOf<Lang>(values.lang, ['vi', 'en'], '--lang', 'vi');
  const locale = values.locale === undefined ? undefined : oneOf<NumberLocale>(values.locale, ['vi-VN', 'en-US'], '--locale', 'vi-VN');
  const catalogue = await loadCatalogue(values.catalogue as string | undefined);
  const bytes = await readInput(file);
  const result = await slidesFromWorkbookFile(bytes, file, catalogue, { lang, readLocale: locale ?? 'vi-VN', ...(locale ? { locale } : {}) });
  await writeFile(out, result.deck.bytes);
  io.out(formatSlidesText(out, result, lang));
  return 0;
}

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    await access(file);
  } catch {
    throw new CliError(`không tìm thấy tệp "${file}" (file not found)`);
  }
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    throw new CliError(`không đọc được tệp "${file}" (${(e as Error).message})`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
