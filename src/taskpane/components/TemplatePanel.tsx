// Mẫu / Template: choose the level (and district), insert the template into a new sheet.

import * as React from 'react';
import { Button, Field, Radio, RadioGroup, Select, Subtitle2, Text } from '@fluentui/react-components';
import type { Level } from '../../core/types';
import { useSettings } from '../hooks/useSettings';
import { useStrings } from '../hooks/useStrings';
import { useTemplateInsert } from '../hooks/useTemplateInsert';
import { BusySpinner } from './BusySpinner';
import { CatalogueSummary } from './CatalogueSummary';
import { NoticeBar } from './NoticeBar';
import { usePanelStyles } from './styles';

export default function TemplatePanel(): React.JSX.Element {
  const s = useStrings();
  const { units } = useSettings();
  const styles = usePanelStyles();
  const t = useTemplateInsert();
  const noDistricts = t.districts.length === 0;

  return (
    <section className={styles.panel} aria-labelledby="template-heading">
      <Subtitle2 as="h2" id="template-heading">
        {s.template.heading}
      </Subtitle2>
      <CatalogueSummary />
      <Text className={styles.muted}>{s.template.intro}</Text>

      <Field label={s.template.levelLabel} hint={noDistricts ? s.template.noDistricts(units.id) : undefined}>
        <RadioGroup layout="horizontal" value={t.level} onChange={(_, d) => t.setLevel(d.value as Level)}>
          <Radio value="province" label={s.template.levelProvince} />
          <Radio value="district" label={s.template.levelDistrict} disabled={noDistricts} />
        </RadioGroup>
      </Field>

      {t.level === 'district' && !noDistricts && (
        <Field label={s.template.unitLabel} hint={t.unit ? undefined : s.template.unitRequired} required>
          {/* Fluent's Select (a native <select>), not Dropdown: the first screen stays small, and
              Dropdown's popup positioning (floating-ui) and listbox would add ~22 kB gzip to it. */}
          <Select value={t.unit ?? ''} onChange={(_, d) => t.setUnit(d.value || undefined)}>
            <option value="" disabled hidden>
              {s.template.unitPlaceholder}
            </option>
            {t.districts.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </Select>
        </Field>
      )}

      <Text size={200} className={styles.muted}>
        {s.template.sheetLanguage}
      </Text>

      <div className={styles.actions}>
        <Button appearance="primary" disabled={!t.canInsert || t.busy} onClick={() => void t.insert()}>
          {s.template.insert}
        </Button>
        {t.busy && <BusySpinner size="tiny" label={s.template.inserting} />}
      </div>

      {t.errorNotice && <NoticeBar notice={t.errorNotice} onDismiss={t.dismissError} />}
      {t.inserted && (
        <NoticeBar
          notice={{
            intent: 'success',
            title: s.template.insertedTitle,
            lines: [s.template.inserted(t.inserted.sheets)],
          }}
          onDismiss={t.dismissResult}
        />
      )}
      {t.inserted && t.inserted.missing.length > 0 && (
        <NoticeBar notice={{ intent: 'warning', title: s.template.olderExcelTitle, lines: t.inserted.missing }} />
      )}
    </section>
  );
}
