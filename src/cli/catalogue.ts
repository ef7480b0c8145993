// `chitieu catalogue --from-text PLAN.txt --out catalogue.json`: the plan's own words (a resolution,
// an article) → the catalogue JSON that `--catalogue` accepts, each target row with its source
// sentence and whether it is doubtful. One line per target read is printed, so a person reviews
// before using the file. Exit 0 when the file was written; 2 with one line when nothing was read or
// nothing could be written.
//
// main.ts imports this module and this module imports main.ts's helpers (as consolidate.ts does):
// CommonJS resolves the cycle because the helpers are only used when the command runs.

import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProposal, planCatalogueJson, proposeCatalogue } from '../core/plantext';
import { Lang } from '../core/types';
import { CliError, loadCatalogue } from './main';

export const CATALOGUE_USAGE =
  'chitieu catalogue --from-text PLAN.txt --out catalogue.json [--year N] [--province NAME] [--catalogue KNOWN.json] [--lang vi|en]';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Plain text as people save it: UTF-8 (with or without BOM) or UTF-16 ("Unicode" in Notepad). */
export function decodePlanText(bytes: Uint8Array, file: string): string {
  const b = bytes;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    throw new CliError(
      `"${file}" là tệp Word/Excel (.docx/.xlsx), không phải văn bản thuần; hãy lưu thành .txt (Save As → Plain Text) / "${file}" is a Word or Excel file, not plain text; save it as .txt`,
    );
  }
  if (b.length >= 4 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) {
    throw new CliError(
      `"${file}" là tệp PDF; hãy chép phần văn bản ra tệp .txt / "${file}" is a PDF; copy its text into a .txt file`,
    );
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  const text = new TextDecoder('utf-8').decode(b);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function catalogueCommand(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        'from-text': { type: 'string' },
        out: { type: 'string' },
        year: { type: 'string' },
        province: { type: 'string' },
        catalogue: { type: 'string' },
        lang: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${CATALOGUE_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length) throw new CliError(`đối số thừa: ${positionals.join(' ')} (unexpected arguments)\n${CATALOGUE_USAGE}`);
  const from = values['from-text'];
  if (!from) throw new CliError(`thiếu --from-text PLAN.txt (the plan's text to read)\n${CATALOGUE_USAGE}`);
  const out = values.out;
  if (!out) throw new CliError(`thiếu --out catalogue.json (where to write the catalogue)\n${CATALOGUE_USAGE}`);
  if (!/\.json$/i.test(out)) throw new CliError(`--out phải là tệp .json (got "${out}")`);
  if (resolve(out) === resolve(from)) throw new CliError('--out trùng với --from-text; chọn tệp khác (--out would overwrite the plan text)');
  const lang: Lang = values.lang === undefined ? 'vi' : values.lang === 'vi' || values.lang === 'en' ? values.lang : badLang(values.lang);
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!/^\d{4}$/.test(values.year) || year < 1900 || year > 2200) {
      throw new CliError(`--year phải là năm kế hoạch, ví dụ 2024 (got "${values.year}")`);
    }
  }
  const province = values.province?.trim() || undefined;
  const known = await loadCatalogue(values.catalogue);

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(from));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `không tìm thấy tệp "${from}" (file not found)` : `không đọc được tệp "${from}" (${(e as Error).message})`,
    );
  }
  const text = decodePlanText(bytes, from);
  const reading = proposeCatalogue(text, { year, province, known });
  if (reading.internalError) {
    throw new CliError(`lỗi nội bộ khi đọc "${from}": ${reading.internalError} (internal error while reading the text)`);
  }
  if (!reading.proposals.length) {
    throw new CliError(
      `không tìm thấy chỉ tiêu nào trong "${from}"; không ghi tệp (no targets found in the text; nothing written)`,
    );
  }

  const json = planCatalogueJson(reading.catalogue, reading.proposals);
  try {
    await writeFile(out, json, 'utf8');
  } catch (e) {
    throw new CliError(`không ghi được "${out}" (${(e as Error).message})`);
  }

  for (const p of reading.proposals) io.out(formatProposal(p, lang));
  const doubtful = reading.proposals.filter((p) => p.doubtful).length;
  const fresh = reading.proposals.filter((p) => !p.matched).length;
  const n = reading.proposals.length;
  const yearNote =
    reading.yearFrom === 'text' || reading.yearFrom === 'option'
      ? ''
      : lang === 'en'
        ? ` The plan year was not found in the text (${reading.year} assumed): give --year.`
        : ` Không thấy năm kế hoạch trong văn bản (tạm lấy ${reading.year}): hãy dùng --year.`;
  const absent = reading.unmatchedKnown.length
    ? lang === 'en'
      ? ` Not in the text: ${reading.unmatchedKnown.join(', ')}.`
      : ` Không có trong văn bản: ${reading.unmatchedKnown.join(', ')}.`
    : '';
  io.out(
    lang === 'en'
      ? `Wrote ${out}: ${n} targets (${doubtful} doubtful, ${fresh} new), ${reading.catalogue.id}, ${reading.province}, plan year ${reading.year}.${absent}${yearNote}`
      : `Đã ghi ${out}: ${n} chỉ tiêu (${doubtful} nghi vấn, ${fresh} mới), ${reading.catalogue.id}, ${reading.province}, năm ${reading.year}.${absent}${yearNote}`,
  );
  return 0;
}

function badLang(v: string): never {
  throw new CliError(`--lang phải là vi | en (got "${v}")`);
}
