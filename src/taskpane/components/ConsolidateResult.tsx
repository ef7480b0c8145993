// What a consolidation gave: the new sheets (or why nothing was written), the files or sheets that
// were refused, the districts present and missing by name, the province figures left empty with
// their reasons, and every problem with its file, sheet and cell. Texts follow the pane's language
// (core keeps every message in both).

import * as React from 'react';
import { Badge, BadgeProps, Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { findIndicator } from '../../core/catalogue/catalogue';
import type { ConsolidationProblem, ConsolidationProblemKind } from '../../core/consolidate';
import type { CellRef, Severity } from '../../core/types';
import type { ConsolidationRun } from '../hooks/useConsolidation';
import { useSettings } from '../hooks/useSettings';
import { useStrings } from '../hooks/useStrings';
import { CellLinkItem, CellLinkList } from './CellLinkList';
import { NoticeBar } from './NoticeBar';
import { usePanelStyles } from './styles';

const SEVERITY_COLOUR: Record<Severity, BadgeProps['color']> = { error: 'danger', warning: 'warning', info: 'informative' };

/** Said elsewhere in the result: the refused sources (their own MessageBar) and the missing districts (the district list). */
const SHOWN_ELSEWHERE: ReadonlySet<ConsolidationProblemKind> = new Set<ConsolidationProblemKind>([
  'not_template',
  'wrong_level',
  'wrong_catalogue',
  'wrong_year',
  'unknown_district',
  'unreadable_file',
  'duplicate_district',
  'missing_district',
]);

const useStyles = makeStyles({
  districts: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  district: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export interface ConsolidateResultProps {
  run: ConsolidationRun;
  missingFeatures: string[];
  onSelect: (ref: CellRef) => void;
  onDismiss: () => void;
}

export function ConsolidateResult({ run, missingFeatures, onSelect, onDismiss }: ConsolidateResultProps): React.JSX.Element {
  const s = useStrings();
  const { lang } = useSettings();
  const panel = usePanelStyles();
  const styles = useStyles();
  const { result, written } = run;
  const of = result.units.districts.length;
  const present = of - result.missingDistricts.length;
  const refused = result.sources.filter((x) => !x.used && x.reason);

  // Where a problem is: the file (a picked file) and sheet!cell; a sheet of this workbook can be selected.
  const where = (p: ConsolidationProblem) => {
    const inWorkbook = run.mode === 'workbook' && p.source === run.label;
    const place = p.sheet ? (p.cell && !inWorkbook ? `${p.sheet}!${p.cell}` : p.sheet) : '';
    return [inWorkbook ? '' : p.source, place].filter(Boolean).join(' · ');
  };
  const problems: CellLinkItem[] = result.problems
    .filter((p) => !SHOWN_ELSEWHERE.has(p.kind))
    .map((p, i) => ({
      key: `${i}-${p.source}-${p.sheet}-${p.cell}`,
      ref: run.mode === 'workbook' && p.source === run.label && p.sheet && p.cell ? { sheet: p.sheet, cell: p.cell } : null,
      badge: { text: s.check.severity[p.severity], color: SEVERITY_COLOUR[p.severity] },
      title: where(p) || undefined,
      text: p.messages[lang],
    }));
  const provinceUsed = result.sources.find((x) => x.role === 'province' && x.used);
  const empty: CellLinkItem[] = result.figures
    .filter((f) => f.value === null)
    .map((f) => ({
      key: f.code,
      ref: null,
      title: `${findIndicator(run.catalogue, f.code)?.name[lang] ?? f.code} (${f.code})`,
      // Without a province sheet core's reason speaks of the command line; the pane says what to do here.
      text: f.rule === 'province_only' && !provinceUsed ? s.consolidate.provinceOnlyWaiting : (f.reason ?? f.message)[lang],
    }));

  const provinceOnlyEmpty = result.figures.some((f) => f.rule === 'province_only' && f.value === null);

  return (
    <>
      {written ? (
        <NoticeBar
          notice={{
            intent: 'success',
            title: s.consolidate.doneTitle,
            lines: [s.consolidate.done(written.provinceSheet, written.sourcesSheet, present, of)],
          }}
          onDismiss={onDismiss}
        />
      ) : (
        <NoticeBar
          notice={{
            intent: 'error',
            title: s.consolidate.nothingTitle,
            lines: [
              run.mode === 'workbook' && run.districtSheets === 0
                ? s.consolidate.noDistrictSheets
                : result.sources.length === 0
                  ? s.consolidate.noFiles
                  : s.consolidate.noneUsable,
            ],
          }}
          onDismiss={onDismiss}
        />
      )}
      {missingFeatures.length > 0 && <NoticeBar notice={{ intent: 'warning', title: s.consolidate.olderExcelTitle, lines: missingFeatures }} />}
      {refused.length > 0 && (
        <NoticeBar notice={{ intent: 'warning', title: s.consolidate.refusedTitle(refused.length), lines: refused.map((x) => x.reason![lang]) }} />
      )}
      {written && result.missingDistricts.length > 0 && (
        <NoticeBar
          notice={{
            intent: 'warning',
            title: s.consolidate.missingTitle(result.missingDistricts.length, of),
            lines: [s.consolidate.missing(result.missingDistricts)],
          }}
        />
      )}
      {written && run.provinceConflict.length > 0 && <NoticeBar notice={{ intent: 'warning', lines: [s.consolidate.provinceConflict(run.provinceConflict)] }} />}
      {written && provinceUsed && (
        <Text size={200} className={panel.muted}>
          {s.consolidate.provinceFrom(provinceUsed.label === run.label ? `"${provinceUsed.sheet}"` : `"${provinceUsed.label}" (${provinceUsed.sheet})`)}
        </Text>
      )}
      {written && !provinceUsed && run.provinceConflict.length === 0 && provinceOnlyEmpty && (
        <NoticeBar notice={{ intent: 'info', lines: [s.consolidate.provinceMissing] }} />
      )}

      {of > 0 && (
        <div className={panel.section}>
          <Subtitle2 as="h3">{s.consolidate.districtsHeading(present, of)}</Subtitle2>
          <ul className={styles.districts}>
            {result.units.districts.map((d) => {
              const from = result.sources.find((x) => x.used && x.role === 'district' && x.district === d);
              return (
                <li key={d} className={styles.district} data-district={d} data-present={from ? 'yes' : 'no'}>
                  <Badge appearance="tint" size="small" color={from ? 'success' : 'danger'}>
                    {from ? s.consolidate.present : s.consolidate.absent}
                  </Badge>
                  <Text>{d}</Text>
                  {from && <Caption1 className={styles.source}>{from.label === run.label ? from.sheet : from.label}</Caption1>}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {written && (
        <div className={panel.section}>
          <Subtitle2 as="h3">{s.consolidate.emptyHeading(empty.length)}</Subtitle2>
          {empty.length > 0 ? <CellLinkList items={empty} onSelect={onSelect} /> : <Text>{s.consolidate.noEmpty}</Text>}
        </div>
      )}

      <div className={panel.section}>
        <Subtitle2 as="h3">{s.consolidate.problemsHeading(problems.length)}</Subtitle2>
        {problems.length > 0 ? <CellLinkList items={problems} onSelect={onSelect} /> : <Text>{s.consolidate.noProblems}</Text>}
      </div>
    </>
  );
}
