// Commune sheets (nông thôn mới) of a workbook, read into core's tables.

import { CommuneTable, findCommuneTable } from '../core/ruralsheet';
import { TemplateError } from '../core/sheet';
import { sheetGrid, Workbook } from './workbook';

/** Every sheet with a commune list, in sheet order; sheets marked as another kind are skipped. */
export function communeTables(wb: Workbook): CommuneTable[] {
  const found: CommuneTable[] = [];
  for (const ws of wb.worksheets) {
    try {
      const table = findCommuneTable(ws.name, sheetGrid(ws));
      if (!table.meta || table.meta.sheetKind === 'communes') found.push(table);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
    }
  }
  return found;
}
