// What the pane shows a person after an action: a Fluent MessageBar's intent, title and text, in
// their language. Every error an action throws goes through `noticeFromError`: known errors carry
// their own bilingual message with what to do next; anything else is still shown, never only logged.

import { CatalogueError } from '../../core/catalogue/catalogue';
import type { TemplateError } from '../../core/sheet';
import type { Lang } from '../../core/types';
import { ExcelActionError } from '../../excel/errors';
import type { Strings } from '../i18n';

export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  intent: NoticeIntent;
  title?: string;
  /** One paragraph per entry. */
  lines: string[];
}

/**
 * core's TemplateError, recognised by name and shape rather than `instanceof`, so that the pane's
 * first bundle does not carry core/sheet and the layout it imports (they load with the panels).
 */
function isTemplateError(e: unknown): e is TemplateError {
  if (!(e instanceof Error) || e.name !== 'TemplateError') return false;
  const m = (e as { messages?: unknown }).messages as { vi?: unknown; en?: unknown } | undefined;
  return typeof m?.vi === 'string' && typeof m?.en === 'string';
}

export function noticeFromError(e: unknown, lang: Lang, s: Strings): Notice {
  if (e instanceof ExcelActionError) return { intent: 'error', title: s.common.errorTitle, lines: [e.messages[lang]] };
  if (isTemplateError(e)) return { intent: 'warning', title: s.check.notTemplateTitle, lines: [e.messages[lang]] };
  if (e instanceof CatalogueError) {
    return { intent: 'error', title: s.settings.importFailedTitle, lines: [lang === 'vi' ? e.message : e.messageEn] };
  }
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { intent: 'error', title: s.common.errorTitle, lines: [s.common.unexpected(detail)] };
}
