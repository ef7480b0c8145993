// Checking a filled indicator sheet: every indicator's status and reason, and every problem with
// the sheet and cell it is in. Writes nothing: a check never rewrites what people typed.

import { Evaluation, countStatuses, evaluateIndicator } from './evaluate';
import { targetFromCell } from './rules';
import { IndicatorEntry, IndicatorTable } from './sheet';
import { Catalogue, Indicator, Lang, NumberLocale, Problem, Status, Target } from './types';
import { a1 } from './a1';
import { indicatorsOf } from './catalogue/catalogue';

export interface IndicatorResult {
  code: string;
  name: string;
  unit: string;
  target: Target | null;
  value: number | null;
  status: Status;
  message: string;
  /** Where the value is: sheet and cell. */
  sheet: string;
  cell: string | null;
  evaluation: Evaluation;
}

export interface ComponentValue {
  code: string;
  value: number | null;
  status: Status;
  cell: string | null;
}

export interface CheckReport {
  sheet: string;
  indicators: IndicatorResult[];
  components: ComponentValue[];
  problems: Problem[];
  counts: Record<Status, number>;
}

export interface CheckOptions {
  locale: NumberLocale;
  lang: Lang;
}

export function checkIndicatorTable(table: IndicatorTable, catalogue: Catalogue, opts: CheckOptions): CheckReport {
  const { sheet } = table;
  const problems: Problem[] = [];
  const problem = (cell: string, severity: Problem['severity'], message: string, code?: string) =>
    problems.push({ sheet, cell, severity, message, ...(code ? { code } : {}) });
  const say = (vi: string, en: string) => (opts.lang === 'vi' ? vi : en);

  if (table.meta && table.meta.catalogueId && table.meta.catalogueId !== catalogue.id) {
    problem(
      'A2',
      'warning',
      say(
        `Mẫu được lập theo danh mục "${table.meta.catalogueId}", đang kiểm tra theo "${catalogue.id}". Hãy chọn đúng danh mục.`,
        `The template was made for catalogue "${table.meta.catalogueId}" and is checked against "${catalogue.id}". Choose the matching catalogue.`,
      ),
    );
  }
  if (table.year !== undefined && table.year !== catalogue.year) {
    problem(
      a1(table.headerRow, table.columns.actual!),
      'warning',
      say(`Cột "Thực hiện ${table.year}" nhưng danh mục là năm ${catalogue.year}.`, `Column "Actual ${table.year}" but the catalogue is for ${catalogue.year}.`),
    );
  }

  const byCode = new Map<string, IndicatorEntry>();
  for (const e of table.entries) {
    const known = catalogue.indicators.some((i) => i.code === e.code);
    const codeCell = a1(e.row, table.columns.code!);
    if (!known) {
      problem(codeCell, 'warning', say(`Mã số ${e.code} không có trong danh mục; dòng này không được kiểm tra.`, `Code ${e.code} is not in the catalogue; the row is not checked.`), e.code);
      continue;
    }
    if (byCode.has(e.code)) {
      problem(
        codeCell,
        'error',
        say(
          `Mã số ${e.code} xuất hiện hai lần (dòng ${byCode.get(e.code)!.row} và ${e.row}); chỉ dòng đầu được dùng. Hãy xoá dòng thừa.`,
          `Code ${e.code} appears twice (rows ${byCode.get(e.code)!.row} and ${e.row}); only the first is used. Delete the extra row.`,
        ),
        e.code,
      );
      continue;
    }
    byCode.set(e.code, e);
  }

  const indicators: IndicatorResult[] = [];
  const components: ComponentValue[] = [];
  const level = table.meta?.level ?? 'province';
  for (const ind of indicatorsOf(catalogue, level)) {
    const entry = byCode.get(ind.code);
    if (!entry) {
      problem(
        a1(table.headerRow, table.columns.code!),
        'warning',
        say(`Thiếu dòng của chỉ tiêu ${ind.code} (${ind.name.vi}).`, `No row for indicator ${ind.code} (${ind.name.en}).`),
        ind.code,
      );
    }
    const sheetT = entry ? sheetTarget(ind, entry, problem, say) : undefined;
    const evaluation = evaluateIndicator(ind, entry?.actual ?? { value: null }, { locale: opts.locale, target: sheetT });
    const target = evaluation.target;
    const cell = entry?.actualAddress ?? null;
    if (entry && evaluation.status === 'invalid') {
      problem(entry.actualAddress, 'error', `${evaluation.reason[opts.lang]}`, ind.code);
    } else if (entry && evaluation.warning) {
      problem(entry.actualAddress, 'warning', evaluation.warning[opts.lang], ind.code);
    }
    if (ind.parentCode !== undefined) {
      components.push({ code: ind.code, value: evaluation.value ?? null, status: evaluation.status, cell });
      continue;
    }
    indicators.push({
      code: ind.code,
      name: ind.name[opts.lang],
      unit: ind.unit[opts.lang],
      target: target ?? null,
      value: evaluation.value ?? null,
      status: evaluation.status,
      message: evaluation.reason[opts.lang],
      sheet,
      cell,
      evaluation,
    });
  }
  return { sheet, indicators, components, problems, counts: countStatuses(indicators) };
}

/**
 * The target in force: the sheet's `Kế hoạch` cell for one-number rules (the formula reads that
 * cell too, so a target edited in the sheet counts the same in both), else the catalogue's.
 */
function sheetTarget(
  ind: Indicator,
  entry: IndicatorEntry,
  problem: (cell: string, severity: Problem['severity'], message: string, code?: string) => void,
  say: (vi: string, en: string) => string,
): Target | null | undefined {
  if (!targetFromCell(ind) || !entry.targetAddress) return undefined;
  const v = entry.target.value;
  if (typeof v === 'number') {
    if (typeof ind.target === 'number' && v !== ind.target) {
      problem(
        entry.targetAddress,
        'info',
        say(`Kế hoạch trong trang (${v}) khác danh mục (${ind.target}); dùng số trong trang.`, `The sheet's target (${v}) differs from the catalogue's (${ind.target}); the sheet's is used.`),
        ind.code,
      );
    }
    return v;
  }
  if (v !== null && String(v).trim() !== '') {
    problem(
      entry.targetAddress,
      'error',
      say(`Ô kế hoạch chứa chữ "${String(v)}", không phải số; hãy nhập lại chỉ tiêu bằng số.`, `The target cell holds text "${String(v)}", not a number; type the target as a number.`),
      ind.code,
    );
  }
  return null;
}
