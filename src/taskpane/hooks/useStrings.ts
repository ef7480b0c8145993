// The texts of the pane in the person's language.

import { STRINGS, Strings } from '../i18n';
import { useSettings } from './useSettings';

export function useStrings(): Strings {
  return STRINGS[useSettings().lang];
}
