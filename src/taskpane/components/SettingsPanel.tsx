// Cài đặt / Settings: language, how text numbers are read, the catalogue (import, reset).

import * as React from 'react';
import { Button, Caption1, Field, Radio, RadioGroup, Spinner, Subtitle2 } from '@fluentui/react-components';
import type { Lang, NumberLocale } from '../../core/types';
import { STRINGS } from '../i18n';
import { useCatalogueImport } from '../hooks/useCatalogueImport';
import { useSettings } from '../hooks/useSettings';
import { useStrings } from '../hooks/useStrings';
import { CatalogueSummary } from './CatalogueSummary';
import { NoticeBar } from './NoticeBar';
import { PlanTextEntry } from './PlanTextEntry';
import { usePanelStyles } from './styles';

const LANGS: Lang[] = ['vi', 'en'];

export default function SettingsPanel(): React.JSX.Element {
  const s = useStrings();
  const settings = useSettings();
  const styles = usePanelStyles();
  const imp = useCatalogueImport();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [resetDone, setResetDone] = React.useState(false);
  const { catalogue, units, lang } = settings;

  const onFile = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file may be chosen again after fixing it
    if (!file) return;
    setResetDone(false);
    void imp.importFile(file);
  };

  return (
    <section className={styles.panel} aria-labelledby="settings-heading">
      <Subtitle2 as="h2" id="settings-heading">
        {s.settings.heading}
      </Subtitle2>

      <Field label={s.settings.languageLabel}>
        <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => settings.setLang(d.value as Lang)}>
          {LANGS.map((l) => (
            <Radio key={l} value={l} label={STRINGS[l].langName} />
          ))}
        </RadioGroup>
      </Field>

      <Field label={s.settings.localeLabel}>
        <RadioGroup value={settings.locale} onChange={(_, d) => settings.setLocale(d.value as NumberLocale)}>
          <Radio value="vi-VN" label={s.settings.localeVi} />
          <Radio value="en-US" label={s.settings.localeEn} />
        </RadioGroup>
      </Field>

      <div className={styles.section}>
        <Subtitle2 as="h3">{s.settings.catalogueHeading}</Subtitle2>
        <CatalogueSummary />
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={s.settings.importCatalogue}
          data-testid="catalogue-file"
          onChange={onFile}
        />
        <div className={styles.actions}>
          <Button disabled={imp.busy} onClick={() => fileInput.current?.click()}>
            {s.settings.importCatalogue}
          </Button>
          <Button
            appearance="subtle"
            disabled={settings.isDefaultCatalogue || imp.busy}
            onClick={() => {
              settings.resetCatalogue();
              imp.dismiss();
              setResetDone(true);
            }}
          >
            {s.settings.reset}
          </Button>
          {imp.busy && <Spinner size="tiny" label={s.settings.importing} />}
        </div>
        {imp.errorNotice && <NoticeBar notice={imp.errorNotice} onDismiss={imp.dismiss} />}
        {imp.imported && imp.imported === catalogue && (
          <NoticeBar
            notice={{
              intent: 'success',
              title: s.settings.importedTitle,
              lines: [
                s.settings.imported(catalogue.id, catalogue.year, catalogue.indicators.filter((i) => i.parentCode === undefined).length),
              ],
            }}
            onDismiss={imp.dismiss}
          />
        )}
        {resetDone && settings.isDefaultCatalogue && (
          <NoticeBar notice={{ intent: 'success', lines: [s.settings.resetDone(catalogue.id, catalogue.year)] }} onDismiss={() => setResetDone(false)} />
        )}
        <PlanTextEntry />
      </div>

      <Field label={s.settings.unitsLabel}>
        <Caption1 className={styles.muted}>{s.settings.unitsSummary(units.id, units.districts.length, units.communes.length)}</Caption1>
      </Field>
    </section>
  );
}
