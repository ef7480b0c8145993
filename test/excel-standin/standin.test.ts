// Tests of the Excel stand-in itself: that it is as strict as Excel where office-addin-mock is not.

import {
  createStandin,
  installGlobals,
  PLACEHOLDER_PNG_BASE64,
  renderText,
  shiftFormula,
  StandinNotImplementedError,
  StandinOfficeError,
  typeIntoCell,
  uninstall,
} from './index';
import type { Standin } from './index';

/** Runs `fn` and returns what it threw (fails the test if nothing was thrown). */
async function thrown(fn: () => unknown): Promise<any> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error, none was thrown');
}

describe('proxy objects: load, sync, read', () => {
  test('reading a property that was never loaded throws PropertyNotLoaded, as office.js does', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      const e = await thrown(() => range.values);
      expect(e).toBeInstanceOf(StandinOfficeError);
      expect(e.code).toBe('PropertyNotLoaded');
      expect(e.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      expect(e.debugInfo.errorLocation).toBe('Range.values');
    });
  });

  test('loading and reading before sync throws; after sync the value is there', async () => {
    const s = createStandin();
    s.workbook.setCells('Sheet1', 'A1', [[1, 'x']]);
    await s.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.load('values');
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      await context.sync();
      expect(range.values).toEqual([[1, 'x']]);
      // loading one property does not load another
      expect((await thrown(() => range.address)).code).toBe('PropertyNotLoaded');
    });
  });

  test('every load form: comma list, array, select/expand, Excel load options, context.load, items/name', async () => {
    const s = createStandin({ sheets: ['Sheet1', 'Dữ liệu'] });
    s.workbook.setCells('Sheet1', 'A1', [[0.5]]);
    s.workbook.setNumberFormat('Sheet1', 'A1', '0%');
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const a = ws.getRange('A1').load('values, numberFormat');
      const b = ws.getRange('A1').load(['text', 'address']);
      const c = ws.getRange('A1').load({ select: 'rowIndex, columnCount', expand: 'format/fill' } as any);
      const d = ws.getRange('A1').load({ values: true, format: { font: { bold: true } } } as any);
      const e = ws.getRange('A1');
      context.load(e, 'valueTypes');
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      expect(a.values).toEqual([[0.5]]);
      expect(a.numberFormat).toEqual([['0%']]);
      expect(b.text).toEqual([['50%']]);
      expect(b.address).toBe('Sheet1!A1');
      expect(c.rowIndex).toBe(0);
      expect(c.columnCount).toBe(1);
      expect(c.format.fill.color).toBe('#FFFFFF');
      expect(d.format.font.bold).toBe(false);
      expect(e.valueTypes).toEqual([['Double']]);
      expect(sheets.items.map((x) => x.name)).toEqual(['Sheet1', 'Dữ liệu']);
      // only the loaded item property is there
      expect((await thrown(() => sheets.items[0].position)).code).toBe('PropertyNotLoaded');
    });
  });

  test('a property the code set reads back the value it set (office.js keeps it), not the computed one', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [['=1+1']];
      expect(r.values).toEqual([['=1+1']]);
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([[2]]);
    });
  });

  test('ClientResult.value is readable only after sync', async () => {
    const s = createStandin({ sheets: ['A', 'B'] });
    await s.Excel.run(async (context) => {
      const n = context.workbook.worksheets.getCount();
      expect((await thrown(() => n.value)).code).toBe('ValueNotLoaded');
      await context.sync();
      expect(n.value).toBe(2);
    });
  });
});

describe('writes apply at sync, in order', () => {
  test('nothing reaches the workbook before sync', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:B1').values = [[1, 2]];
      ws.getRange('A1:B1').format.fill.color = '#C6EFCE';
      ws.getRange('C1').formulas = [['=A1+B1']];
      expect(s.workbook.cell('Sheet1', 'A1').value).toBe('');
      expect(s.workbook.cell('Sheet1', 'A1').fill).toBeNull();
      await context.sync();
      expect(s.workbook.cell('Sheet1', 'C1').value).toBe(3);
      expect(s.workbook.cell('Sheet1', 'A1').fill).toBe('#C6EFCE');
    });
  });

  test('Excel.run sends what is still queued when the batch resolves, but not when it rejects', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect(s.workbook.cell('Sheet1', 'A1').value).toBe(1);
    expect(s.stats.requests[0].implicit).toBe(true);

    const e = await thrown(() =>
      s.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[2]];
        throw new Error('boom');
      }),
    );
    expect(e.message).toBe('boom');
    expect(s.workbook.cell('Sheet1', 'A2').value).toBe('');
  });

  test('actions run in order: a write then a read in the same sync sees the write', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A2');
      r.values = [[5], ['=A1*2']];
      const read = context.workbook.worksheets.getItem('Sheet1').getRange('A2').load('values');
      r.values = [[7], ['=A1*3']];
      await context.sync();
      expect(read.values).toEqual([[10]]);
      expect(s.workbook.cell('Sheet1', 'A2').value).toBe(21);
    });
  });

  test('an error stops the batch at the failing action: earlier actions stay applied, later ones are not run', async () => {
    const s = createStandin();
    const e = await thrown(() =>
      s.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1').values = [['before']];
        context.workbook.worksheets.getItem('Missing').getRange('A1').values = [[1]];
        ws.getRange('A2').values = [['after']];
        await context.sync();
      }),
    );
    expect(e).toBeInstanceOf(StandinOfficeError);
    expect(e.code).toBe('ItemNotFound');
    expect(e.name).toBe('RichApi.Error');
    expect(s.workbook.cell('Sheet1', 'A1').value).toBe('before');
    expect(s.workbook.cell('Sheet1', 'A2').value).toBe('');
  });

  test('a values array whose shape does not match the range fails at sync with InvalidArgument', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      r.values = [[1, 2, 3]];
      const e = await thrown(() => context.sync());
      expect(e.code).toBe('InvalidArgument');
      expect(e.message).toMatch(/number of rows or columns in the input array doesn't match/);
    });
  });

  test('a single value is applied to every cell; null leaves a cell alone; "" clears it', async () => {
    const s = createStandin();
    s.workbook.setCells('Sheet1', 'A1', [['keep', 'clear me']]);
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A2:B3').values = 7 as any;
      ws.getRange('A1:B1').values = [[null, '']];
      ws.getRange('A2:B3').numberFormat = [['0.0']];
      await context.sync();
    });
    expect(s.workbook.values('Sheet1', 'A1:B3')).toEqual([
      ['keep', ''],
      [7, 7],
      [7, 7],
    ]);
    expect(s.workbook.cell('Sheet1', 'B3').text).toBe('7.0');
  });

  test('strings stay strings (no locale parsing): "52,3%" and "2.450" are text; a JS number stays a number', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      r.values = [['52,3%', '2.450', 2450]];
      r.load('values, valueTypes');
      await context.sync();
      expect(r.values).toEqual([['52,3%', '2.450', 2450]]);
      expect(r.valueTypes).toEqual([['String', 'String', 'Double']]);
    });
  });

  test('writing cell-level properties to an unbounded range fails; reading them gives null', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const col = context.workbook.worksheets.getItem('Sheet1').getRange('C:C');
      col.load('values, address, cellCount');
      await context.sync();
      expect(col.values).toBeNull();
      expect(col.address).toBe('Sheet1!C:C');
      expect(col.cellCount).toBe(1048576);
      col.values = [['x']];
      expect((await thrown(() => context.sync())).code).toBe('InvalidArgument');
    });
  });
});

describe('counting syncs and payload bytes', () => {
  test('syncCount counts round trips; an empty sync sends nothing; bytes are the JSON of the queue', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      await context.sync(); // nothing queued: no request, as office.js
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      r.values = [
        ['Chỉ tiêu', 1],
        ['x', 2],
      ];
      await context.sync();
    });
    expect(s.stats.syncCalls).toBe(1 + 1);
    expect(s.stats.syncCount).toBe(1);
    expect(s.stats.requests).toHaveLength(1);
    const bytes = s.stats.requests[0].bytes;
    expect(bytes).toBeGreaterThan(JSON.stringify([['Chỉ tiêu', 1], ['x', 2]]).length);
    expect(s.stats.maxRequestBytes).toBe(bytes);
  });

  test('writing 2-D blocks keeps the number of syncs constant as the rows grow; bytes grow with the values', async () => {
    const write = async (rows: number) => {
      const s = createStandin();
      await s.Excel.run(async (context) => {
        const data = Array.from({ length: rows }, (_, i) => [`Xã ${i}`, i]);
        context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, rows, 2).values = data;
        await context.sync();
      });
      return s.stats;
    };
    const small = await write(10);
    const big = await write(2000);
    expect(big.syncCount).toBe(small.syncCount);
    expect(big.maxRequestBytes).toBeGreaterThan(small.maxRequestBytes * 50);
  });

  test('a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing; split blocks pass', async () => {
    const s = createStandin();
    const rows = 30000;
    const long = 'Tỷ lệ dân số nông thôn sử dụng nước sinh hoạt hợp vệ sinh '.repeat(3);
    const data = Array.from({ length: rows }, (_, i) => [`${long}${i}`, i, i * 1.5]);
    const e = await thrown(() =>
      s.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, rows, 3).values = data;
        await context.sync();
      }),
    );
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(s.stats.requests[0].bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(s.stats.requests[0].ok).toBe(false);
    expect(s.workbook.cell('Sheet1', 'A1').value).toBe('');

    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      for (let start = 0; start < rows; start += 10000) {
        ws.getRangeByIndexes(start, 0, 10000, 3).values = data.slice(start, start + 10000);
        await context.sync();
      }
    });
    expect(s.stats.requests.slice(1).every((r) => r.ok && r.bytes < 5 * 1024 * 1024)).toBe(true);
    expect(s.workbook.cell('Sheet1', 'B30000').value).toBe(29999);
  });

  test('reading more than 5 000 000 cells fails (RangeExceedsLimit)', async () => {
    const s = createStandin();
    const e = await thrown(() =>
      s.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 5001, 1000).load('values');
        await context.sync();
      }),
    );
    expect(e.code).toBe('RangeExceedsLimit');
  });

  test('failNextSync makes the next round trip fail with the chosen code, before anything is applied', async () => {
    const s = createStandin();
    s.stats.failNextSync('GeneralException');
    const e = await thrown(() =>
      s.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await context.sync();
      }),
    );
    expect(e.code).toBe('GeneralException');
    expect(e.message).toBe('There was an internal error while processing the request.');
    expect(s.workbook.cell('Sheet1', 'A1').value).toBe('');
    // only the next one
    await s.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect(s.workbook.cell('Sheet1', 'A1').value).toBe(1);
  });

  test('failOn fails chosen actions', async () => {
    const s = createStandin({ failOn: (a) => (a.type === 'ConditionalFormatCollection' && a.member === 'add' ? 'GeneralException' : undefined) });
    const e = await thrown(() =>
      s.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom');
      }),
    );
    expect(e.code).toBe('GeneralException');
  });
});

describe('formulas (HyperFormula) and display', () => {
  test('a formula is computed and visible through values; formulas gives the formula; text the display', async () => {
    const s = createStandin();
    const verdict = '=IF(ROUND(B1,1)>=13.9,"Đạt","Không đạt")';
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B1:B2').values = [[13.86], [13.84]];
      ws.getRange('A1:A2').formulas = [[verdict], ['=IF(ROUND(B2,1)>=13.9,"Đạt","Không đạt")']];
      ws.getRange('C1').values = [['=B1/0']];
      const r = ws.getRange('A1:C2').load('values, formulas, text, valueTypes');
      await context.sync();
      expect(r.values).toEqual([
        ['Đạt', 13.86, '#DIV/0!'],
        ['Không đạt', 13.84, ''],
      ]);
      expect(r.formulas[0][0]).toBe(verdict);
      expect(r.formulas[0][1]).toBe(13.86);
      expect(r.text[0]).toEqual(['Đạt', '13.86', '#DIV/0!']);
      expect(r.valueTypes[0]).toEqual(['String', 'Double', 'Error']);
    });
    // a later change recalculates
    s.workbook.setCells('Sheet1', 'B2', [[13.85]]);
    expect(s.workbook.cell('Sheet1', 'A2').value).toBe('Đạt');
  });

  test('an invalid formula fails with InvalidArgument; a function HyperFormula lacks is reported, not faked', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=SUM((']];
      expect((await thrown(() => context.sync())).code).toBe('InvalidArgument');
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=CELL("format",B1)']];
      expect(await thrown(() => context.sync())).toBeInstanceOf(StandinNotImplementedError);
    });
  });

  test('number formats render like en-US Excel', () => {
    expect(renderText(2450, '#,##0')).toBe('2,450');
    expect(renderText(13.86, '0.0')).toBe('13.9');
    expect(renderText(13.84, '0.0')).toBe('13.8');
    expect(renderText(0.1386, '0.0%')).toBe('13.9%');
    expect(renderText(0.523, '0%')).toBe('52%');
    expect(renderText(1234.56, '#,##0.0')).toBe('1,234.6');
    expect(renderText(-1234.5, '#,##0')).toBe('-1,235');
    expect(renderText(1.005, '0.00')).toBe('1.01');
    expect(renderText(52.9, '0.0" triệu"')).toBe('52.9 triệu');
    expect(renderText(5, '0;(0)')).toBe('5');
    expect(renderText(-5, '0;(0)')).toBe('(5)');
    expect(renderText(2450, '@')).toBe('2450');
    expect(renderText('2.450', '#,##0')).toBe('2.450');
    expect(renderText(1 / 3, 'General')).toBe('0.333333333');
    expect(renderText(true, 'General')).toBe('TRUE');
    expect(() => renderText(45000, 'dd/mm/yyyy')).toThrow(StandinNotImplementedError);
  });
});

describe('typeIntoCell: what Excel (en-US) does with typed text', () => {
  test('"52.3%" is 0.523 shown as a percentage; "52%" gets 0%', () => {
    const s = createStandin();
    typeIntoCell(s.workbook, 'Sheet1', 'F7', '52.3%');
    expect(s.workbook.cell('Sheet1', 'F7')).toMatchObject({ value: 0.523, numberFormat: '0.0%', text: '52.3%', valueType: 'Double' });
    typeIntoCell(s.workbook, 'Sheet1', 'F8', '52%');
    expect(s.workbook.cell('Sheet1', 'F8')).toMatchObject({ value: 0.52, numberFormat: '0%', text: '52%' });
  });

  test('numbers are numbers, Vietnamese-style text stays text', () => {
    const s = createStandin();
    typeIntoCell(s.workbook, 'Sheet1', 'A1', '2450');
    typeIntoCell(s.workbook, 'Sheet1', 'A2', '52,3%');
    typeIntoCell(s.workbook, 'Sheet1', 'A3', '52,9');
    typeIntoCell(s.workbook, 'Sheet1', 'A4', '2,450');
    typeIntoCell(s.workbook, 'Sheet1', 'A5', 'khoảng 9');
    typeIntoCell(s.workbook, 'Sheet1', 'A6', '-');
    typeIntoCell(s.workbook, 'Sheet1', 'A7', "'2450");
    expect(s.workbook.cell('Sheet1', 'A1')).toMatchObject({ value: 2450, numberFormat: 'General' });
    expect(s.workbook.cell('Sheet1', 'A2')).toMatchObject({ value: '52,3%', valueType: 'String' });
    expect(s.workbook.cell('Sheet1', 'A3')).toMatchObject({ value: '52,9', valueType: 'String' });
    expect(s.workbook.cell('Sheet1', 'A4')).toMatchObject({ value: 2450, numberFormat: '#,##0', text: '2,450' });
    expect(s.workbook.cell('Sheet1', 'A5').value).toBe('khoảng 9');
    expect(s.workbook.cell('Sheet1', 'A6').value).toBe('-');
    expect(s.workbook.cell('Sheet1', 'A7')).toMatchObject({ value: '2450', valueType: 'String' });
  });

  test('a percent-formatted cell divides typed numbers by 100 (automatic percent entry); a text cell keeps text', () => {
    const s = createStandin();
    s.workbook.setNumberFormat('Sheet1', 'B1:B3', '0.0%');
    typeIntoCell(s.workbook, 'Sheet1', 'B1', '52.3');
    typeIntoCell(s.workbook, 'Sheet1', 'B2', '.5');
    typeIntoCell(s.workbook, 'Sheet1', 'B3', '52.3%');
    expect(s.workbook.cell('Sheet1', 'B1')).toMatchObject({ value: 0.523, text: '52.3%' });
    expect(s.workbook.cell('Sheet1', 'B2')).toMatchObject({ value: 0.5, text: '50.0%' });
    expect(s.workbook.cell('Sheet1', 'B3')).toMatchObject({ value: 0.523, numberFormat: '0.0%' });
    s.workbook.setNumberFormat('Sheet1', 'C1', '@');
    typeIntoCell(s.workbook, 'Sheet1', 'C1', '2450');
    expect(s.workbook.cell('Sheet1', 'C1')).toMatchObject({ value: '2450', valueType: 'String' });
    expect(() => typeIntoCell(s.workbook, 'Sheet1', 'D1', '1/7/2023')).toThrow(StandinNotImplementedError);
  });

  test('a formula seeing a typed percentage sees 0.523, not 52.3', () => {
    const s = createStandin();
    typeIntoCell(s.workbook, 'Sheet1', 'A1', '52.3%');
    typeIntoCell(s.workbook, 'Sheet1', 'B1', '=IF(A1>=52.3,"Đạt","Không đạt")');
    expect(s.workbook.cell('Sheet1', 'B1').value).toBe('Không đạt');
  });
});

describe('worksheets', () => {
  test('adding a sheet whose name exists fails at sync with ItemAlreadyExists (names are case-insensitive)', async () => {
    const s = createStandin({ sheets: ['Chỉ tiêu'] });
    const e = await thrown(() =>
      s.Excel.run(async (context) => {
        context.workbook.worksheets.add('chỉ TIÊU');
        await context.sync();
      }),
    );
    expect(e).toBeInstanceOf(StandinOfficeError);
    expect(e.code).toBe('ItemAlreadyExists');
    expect(s.workbook.sheetNames()).toEqual(['Chỉ tiêu']);
  });

  test('getItem of a missing sheet fails at sync with ItemNotFound, not before', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Không có');
      ws.load('name');
      const e = await thrown(() => context.sync());
      expect(e.code).toBe('ItemNotFound');
    });
  });

  test('add, rename, position, visibility, activate, delete; invalid names refused', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const a = sheets.add('Chỉ tiêu 2023');
      a.getRange('A1').values = [['Mã số']];
      a.position = 0;
      a.activate();
      const b = sheets.add();
      b.load('name');
      await context.sync();
      expect(b.name).toBe('Sheet2');
      b.name = 'Xã';
      b.visibility = 'Hidden';
      await context.sync();
      expect(s.workbook.sheetNames()).toEqual(['Chỉ tiêu 2023', 'Sheet1', 'Xã']);
      expect(s.workbook.activeSheetName).toBe('Chỉ tiêu 2023');
      expect(s.workbook.sheetVisibility('Xã')).toBe('Hidden');
      sheets.add('a/b');
      expect((await thrown(() => context.sync())).code).toBe('InvalidArgument');
      sheets.getItem('Xã').delete();
      await context.sync();
      expect(s.workbook.sheetNames()).toEqual(['Chỉ tiêu 2023', 'Sheet1']);
      const addr = a.getRange('A1').load('address');
      await context.sync();
      expect(addr.address).toBe("'Chỉ tiêu 2023'!A1");
    });
  });

  test('used range, freeze panes, column widths, selection', async () => {
    const s = createStandin();
    s.workbook.setCells('Sheet1', 'B2', [
      [1, 2],
      [3, 4],
    ]);
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const used = ws.getUsedRange().load('address');
      ws.freezePanes.freezeRows(3);
      ws.getRange('C:C').format.columnWidth = 120;
      ws.getRange('B3').select();
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(used.address).toBe('Sheet1!B2:C3');
      expect(selected.address).toBe('Sheet1!B3');
    });
    expect(s.workbook.frozenRows('Sheet1')).toBe(3);
    expect(s.workbook.columnWidth('Sheet1', 'C')).toBe(120);
    expect(s.workbook.columnWidth('Sheet1', 'D')).toBe(48);
    expect(s.workbook.selectedAddress).toBe('Sheet1!B3');
  });

  test('worksheet custom properties (ExcelApi 1.12)', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const props = context.workbook.worksheets.getItem('Sheet1').customProperties;
      props.add('chitieu-kh', '{"templateVersion":1}');
      const missing = props.getItemOrNullObject('nothing');
      const found = props.getItemOrNullObject('CHITIEU-KH');
      found.load('value');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect(found.value).toBe('{"templateVersion":1}');
      props.load('items/key');
      await context.sync();
      expect(props.items.map((p) => p.key)).toEqual(['chitieu-kh']);
    });
    expect(s.workbook.customProperties('Sheet1')).toEqual({ 'chitieu-kh': '{"templateVersion":1}' });
  });
});

describe('null objects', () => {
  test('getItemOrNullObject: isNullObject after sync without loading it; properties of a null object are undefined', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Data');
      const present = context.workbook.worksheets.getItemOrNullObject('sheet1');
      expect((await thrown(() => missing.isNullObject)).code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      missing.load('name');
      await context.sync();
      expect(missing.name).toBeUndefined();
    });
  });

  test('a write queued on a null object fails at sync', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Data');
      missing.getRange('A1').values = [[1]];
      expect((await thrown(() => context.sync())).code).toBe('ItemNotFound');
    });
  });

  test('getUsedRangeOrNullObject on an empty sheet is a null object; getUsedRange gives A1', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const orNull = ws.getUsedRangeOrNullObject(true);
      const used = ws.getUsedRange().load('address');
      await context.sync();
      expect(orNull.isNullObject).toBe(true);
      expect(used.address).toBe('Sheet1!A1');
    });
  });
});

describe('requirement sets', () => {
  test('Office.context.requirements.isSetSupported answers from the options (default ExcelApi 1.13)', () => {
    expect(createStandin().Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(createStandin().Office.context.requirements.isSetSupported('ExcelApi', '1.14')).toBe(false);
    const old = createStandin({ requirementSets: { ExcelApi: '1.9' } });
    expect(old.Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(old.Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(false);
    expect(old.Office.context.requirements.isSetSupported('excelapi', '1.10')).toBe(false);
    expect(old.Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  test('using an API of a newer set throws ApiNotFound at once, as office.js does on the client', async () => {
    const s = createStandin({ requirementSets: { ExcelApi: '1.11' } });
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const e = await thrown(() => ws.customProperties);
      expect(e.code).toBe('ApiNotFound');
      expect(e.message).toBe(
        'The method or property Worksheet.customProperties is part of the ExcelApi 1.12 requirement set, which is not available in your version of Excel.',
      );
      expect((await thrown(() => context.workbook.insertWorksheetsFromBase64('AA=='))).code).toBe('ApiNotFound');
      // 1.8 and 1.6 are there
      ws.getRange('A1').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThan' } };
      ws.getRange('A1').conditionalFormats.add('Custom');
    });
    const older = createStandin({ requirementSets: { ExcelApi: '1.5' } });
    await older.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect((await thrown(() => r.conditionalFormats)).code).toBe('ApiNotFound');
      expect((await thrown(() => r.dataValidation)).code).toBe('ApiNotFound');
      expect((await thrown(() => context.workbook.worksheets.getItem('Sheet1').freezePanes)).code).toBe('ApiNotFound');
    });
  });

  test('insertWorksheetsFromBase64 on 1.13 is honestly not implemented', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      expect(await thrown(() => context.workbook.insertWorksheetsFromBase64('AA=='))).toBeInstanceOf(StandinNotImplementedError);
    });
  });
});

describe('conditional formats and data validation', () => {
  test('custom conditional formats are recorded and evaluated per cell (relative references shift)', async () => {
    const s = createStandin();
    s.workbook.setCells('Sheet1', 'F5', [
      [13.86, 'Đạt'],
      [13.84, 'Không đạt'],
    ]);
    await s.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('F5:G6');
      const green = range.conditionalFormats.add(s.Excel.ConditionalFormatType.custom as any);
      green.custom.rule.formula = '=$G5="Đạt"';
      green.custom.format.fill.color = '#C6EFCE';
      green.custom.format.font.color = '#006100';
      const red = range.conditionalFormats.add('Custom');
      red.custom.rule.formula = '=$G5="Không đạt"';
      red.custom.format.fill.color = '#FFC7CE';
      await context.sync();
      const cfs = range.conditionalFormats.load('items/type, items/priority');
      await context.sync();
      expect(cfs.items.map((c) => [c.type, c.priority])).toEqual([
        ['Custom', 0],
        ['Custom', 1],
      ]);
    });
    const cfs = s.workbook.conditionalFormats('Sheet1');
    expect(cfs).toHaveLength(2);
    expect(cfs[0]).toMatchObject({ type: 'Custom', address: 'F5:G6', formula: '=$G5="Đạt"', fill: '#C6EFCE', fontColor: '#006100' });
    expect(s.workbook.cell('Sheet1', 'F5')).toMatchObject({ fill: null, conditionalFill: '#C6EFCE', conditionalFontColor: '#006100' });
    expect(s.workbook.cell('Sheet1', 'F6').conditionalFill).toBe('#FFC7CE');
    expect(s.workbook.cell('Sheet1', 'G6').conditionalFill).toBe('#FFC7CE');
    // the colours follow the values, as in Excel
    s.workbook.setCells('Sheet1', 'G6', [['Đạt']]);
    expect(s.workbook.cell('Sheet1', 'F6').conditionalFill).toBe('#C6EFCE');
  });

  test('conditional format types the stand-in does not model are refused, not ignored', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3');
      expect(() => r.conditionalFormats.add('DataBar')).toThrow(StandinNotImplementedError);
    });
  });

  test('data validation rules, alerts and prompts are recorded; a rule must have exactly one kind', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const input = ws.getRange('F5:F26');
      input.dataValidation.rule = { custom: { formula: '=OR(ISNUMBER(F5),F5="-")' } };
      input.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: 'Giá trị', message: 'Nhập một số' };
      input.dataValidation.prompt = { showPrompt: true, title: 'Thực hiện', message: 'Nhập số liệu thực hiện' };
      ws.getRange('H5:H26').dataValidation.rule = { list: { inCellDropDown: true, source: 'Đạt,Không đạt' } };
      ws.getRange('J5').dataValidation.rule = { decimal: { formula1: 0, formula2: 100, operator: 'Between' } };
      const dv = ws.getRange('F5:F26').dataValidation.load('type, rule, errorAlert');
      await context.sync();
      expect(dv.type).toBe('Custom');
      expect(dv.rule).toEqual({ custom: { formula: '=OR(ISNUMBER(F5),F5="-")' } });
      expect(dv.errorAlert.style).toBe('Warning');
      ws.getRange('K1').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThan' }, decimal: { formula1: 0, operator: 'GreaterThan' } } as any;
      expect((await thrown(() => context.sync())).code).toBe('InvalidArgument');
    });
    const dvs = s.workbook.dataValidations('Sheet1');
    expect(dvs.map((d) => [d.address, d.type])).toEqual([
      ['F5:F26', 'Custom'],
      ['H5:H26', 'List'],
      ['J5', 'Decimal'],
    ]);
    expect(dvs[0]).toMatchObject({ errorAlert: { style: 'Warning', message: 'Nhập một số' }, prompt: { showPrompt: true, title: 'Thực hiện' } });
    expect(s.workbook.dataValidationAt('Sheet1', 'F10')?.type).toBe('Custom');
    expect(s.workbook.dataValidationAt('Sheet1', 'F27')).toBeNull();
  });

  test('cell formats: font, fill, alignment, wrap, merge; mixed values read as null', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const header = ws.getRange('A4:I4');
      header.format.font.bold = true;
      header.format.fill.color = 'lightgreen';
      header.format.wrapText = true;
      header.format.horizontalAlignment = 'Center';
      ws.getRange('A1:I1').merge();
      const whole = ws.getRange('A3:A4').format.font.load('bold');
      const fill = header.format.fill.load('color');
      await context.sync();
      expect(whole.bold).toBeNull();
      expect(fill.color).toBe('#90EE90');
      header.format.horizontalAlignment = 'Middle' as any;
      expect((await thrown(() => context.sync())).code).toBe('InvalidArgument');
    });
    expect(s.workbook.cell('Sheet1', 'C4').bold).toBe(true);
    expect(s.workbook.mergedAreas('Sheet1')).toEqual(['A1:I1']);
  });
});

describe('range navigation and formats', () => {
  test('derived ranges have the addresses Excel gives them', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem('Sheet1').getRange('B2:D5');
      const got = [
        base.getCell(1, 1),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 1),
        base.getRow(0),
        base.getColumn(2),
        base.getEntireColumn(),
        base.getEntireRow(),
        base.getLastCell(),
        base.getAbsoluteResizedRange(1, 1),
      ].map((r) => r.load('address'));
      await context.sync();
      expect(got.map((r) => r.address)).toEqual([
        'Sheet1!C3',
        'Sheet1!B2:C6',
        'Sheet1!C4:E7',
        'Sheet1!B2:D2',
        'Sheet1!D2:D5',
        'Sheet1!B:D',
        'Sheet1!2:5',
        'Sheet1!D5',
        'Sheet1!B2',
      ]);
      base.getOffsetRange(-5, 0).load('address');
      expect((await thrown(() => context.sync())).code).toBe('InvalidArgument');
    });
  });

  test('tab colour, clear, autofit; undefined fails at sync; undefined in an array leaves the cell', async () => {
    const s = createStandin();
    s.workbook.setCells('Sheet1', 'A1', [
      ['Tỷ lệ hộ dân được sử dụng điện lưới quốc gia', 1],
      ['x', 2],
    ]);
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.tabColor = '#ffa500';
      ws.getRange('A:A').format.autofitColumns();
      ws.getRange('B1:B2').values = [[undefined], [3]] as any;
      ws.getRange('A2').format.fill.color = 'red';
      ws.getRange('A2').clear();
      ws.load('tabColor');
      await context.sync();
      expect(ws.tabColor).toBe('#FFA500');
      ws.getRange('C1').format.fill.color = undefined as any;
      expect((await thrown(() => context.sync())).code).toBe('InvalidArgument');
    });
    expect(s.workbook.columnWidth('Sheet1', 'A')).toBeGreaterThan(200);
    expect(s.workbook.values('Sheet1', 'A2:B2')).toEqual([['', 3]]);
    expect(s.workbook.cell('Sheet1', 'B1').value).toBe(1);
    expect(s.workbook.cell('Sheet1', 'A2').fill).toBeNull();
  });

  test('Excel.run accepts run options and a previous object', async () => {
    const s = createStandin();
    let range: any;
    await s.Excel.run({ delayForCellEdit: true }, async (context) => {
      range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[1]];
    });
    expect(s.workbook.cell('Sheet1', 'A1').value).toBe(1);
    await s.Excel.run(range, async (context) => {
      range.values = [[2]];
      await context.sync();
    });
    expect(s.workbook.cell('Sheet1', 'A1').value).toBe(2);
  });
});

describe('charts', () => {
  test('a chart records its type, source and title; added series are recorded; getImage gives a PNG', async () => {
    const s = createStandin();
    s.workbook.setCells('Sheet1', 'A1', [
      ['Huyện', 'Số xã'],
      ['Tam Đường', 13],
      ['Phong Thổ', 17],
    ]);
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const chart = ws.charts.add(s.Excel.ChartType.columnClustered as any, ws.getRange('A1:B3'), 'Columns' as any);
      chart.title.text = 'Số xã theo huyện';
      const extra = chart.series.add('Kế hoạch');
      extra.setValues(ws.getRange('B2:B3'));
      extra.setXAxisValues(ws.getRange('A2:A3'));
      const image = chart.getImage();
      chart.load('name, chartType');
      await context.sync();
      expect(chart.name).toBe('Chart 1');
      expect(chart.chartType).toBe('ColumnClustered');
      expect(image.value).toBe(PLACEHOLDER_PNG_BASE64);
      expect(Buffer.from(image.value, 'base64').subarray(1, 4).toString()).toBe('PNG');
      expect(() => chart.series.load('items')).toThrow(StandinNotImplementedError);
    });
    expect(s.workbook.charts('Sheet1')[0]).toMatchObject({
      chartType: 'ColumnClustered',
      sourceAddress: 'Sheet1!A1:B3',
      seriesBy: 'Columns',
      title: 'Số xã theo huyện',
      addedSeries: [{ name: 'Kế hoạch', valuesAddress: 'Sheet1!B2:B3', xValuesAddress: 'Sheet1!A2:A3' }],
    });
  });
});

describe('chart series', () => {
  const table = (s: Standin) =>
    s.workbook.setCells('Sheet1', 'A1', [
      ['Chỉ tiêu', '% so với KH', 'Kế hoạch'],
      ['GRDP', 101.2, 100],
      ['Thu ngân sách', 94.5, 100],
      ['Lương thực', 102.2, 100],
    ]);

  test('the series Excel derives from the source data: names from the header row, categories from the first column, values from the cells', async () => {
    const s = createStandin();
    table(s);
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const chart = ws.charts.add('ColumnClustered' as any, ws.getRange('A1:C4'), 'Columns' as any);
      chart.name = 'Kinh tế';
      const pct = chart.series.getItemAt(0);
      pct.points.getItemAt(0).format.fill.setSolidColor('#2E8B57');
      pct.points.getItemAt(1).format.fill.setSolidColor('#C0392B');
      pct.hasDataLabels = true;
      const line = chart.series.getItemAt(1);
      line.chartType = 'Line' as any;
      line.format.line.color = '#1F3864';
      chart.axes.valueAxis.minimum = 0;
      pct.load('name');
      await context.sync();
      expect(pct.name).toBe('% so với KH');
    });
    const [pct, line] = s.workbook.chartSeries('Sheet1', 'Kinh tế');
    expect(pct).toMatchObject({
      name: '% so với KH',
      derived: true,
      categories: ['GRDP', 'Thu ngân sách', 'Lương thực'],
      values: [101.2, 94.5, 102.2],
      chartType: 'ColumnClustered',
      hasDataLabels: true,
      pointFills: { 0: '#2E8B57', 1: '#C0392B' },
    });
    expect(line).toMatchObject({ name: 'Kế hoạch', values: [100, 100, 100], chartType: 'Line', lineColor: '#1F3864' });
    expect(s.workbook.charts('Sheet1')[0].valueAxis).toEqual({ minimum: 0, maximum: null });
    // Values follow the cells, as a chart in Excel does.
    s.workbook.setCells('Sheet1', 'B3', [[96]]);
    expect(s.workbook.chartSeries('Sheet1', 0)[0].values).toEqual([101.2, 96, 102.2]);
  });

  test('rows as series, no header: Excel\'s default names and categories; added series come after the derived ones', async () => {
    const s = createStandin();
    s.workbook.setCells('Sheet1', 'A1', [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const chart = ws.charts.add('ColumnClustered' as any, ws.getRange('A1:C2'), 'Rows' as any);
      const extra = chart.series.add('Thêm');
      extra.setValues(ws.getRange('A1:C1'));
      chart.series.getItemAt(2).format.fill.setSolidColor('navy');
      await context.sync();
    });
    expect(s.workbook.chartSeries('Sheet1', 0).map((x) => [x.name, x.categories, x.values, x.derived, x.fill])).toEqual([
      ['Series1', [1, 2, 3], [1, 2, 3], true, null],
      ['Series2', [1, 2, 3], [4, 5, 6], true, null],
      ['Thêm', [1, 2, 3], [1, 2, 3], false, '#000080'],
    ]);
  });

  test('a point or series past the end is ItemNotFound at sync; series.chartType needs ExcelApi 1.7; per-point fills work on 1.1', async () => {
    const s = createStandin({ requirementSets: { ExcelApi: '1.6' } });
    table(s);
    await expect(
      s.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        const chart = ws.charts.add('ColumnClustered' as any, ws.getRange('A1:C4'), 'Columns' as any);
        chart.series.getItemAt(0).points.getItemAt(3).format.fill.setSolidColor('#FF0000');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      s.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        const chart = ws.charts.add('ColumnClustered' as any, ws.getRange('A1:C4'), 'Columns' as any);
        chart.series.getItemAt(2).format.fill.setSolidColor('#FF0000');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      s.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        const chart = ws.charts.add('ColumnClustered' as any, ws.getRange('A1:C4'), 'Columns' as any);
        chart.series.getItemAt(1).chartType = 'Line' as any;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    const s11 = createStandin({ requirementSets: { ExcelApi: '1.1' } });
    table(s11);
    await s11.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const chart = ws.charts.add('ColumnClustered' as any, ws.getRange('A1:B4'), 'Columns' as any);
      chart.series.getItemAt(0).points.getItemAt(2).format.fill.setSolidColor('#2E8B57');
      await context.sync();
    });
    expect(s11.workbook.chartSeries('Sheet1', 0)[0].pointFills).toEqual({ 2: '#2E8B57' });
  });
});

describe('honesty and globals', () => {
  test('members the stand-in does not implement throw a clear error instead of doing nothing', async () => {
    const s = createStandin();
    await s.Excel.run(async (context) => {
      const r: any = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => r.getSpillingToRange()).toThrow(/not implemented in the stand-in: Range.getSpillingToRange/);
      expect(() => {
        r.format.borders.getItem('EdgeTop').style = 'Continuous';
      }).toThrow(StandinNotImplementedError);
      expect(() => {
        r.hyperlink = { address: 'x' };
      }).toThrow(/not implemented in the stand-in: setting Range.hyperlink/);
      expect(() => {
        r.text = [['x']];
      }).toThrow(TypeError);
      expect(() => r.load('hidden')).toThrow(StandinNotImplementedError);
      expect(() => (context.workbook.worksheets.getItem('Sheet1') as any).tables).toThrow(StandinNotImplementedError);
      expect(() => (s.Excel as any).Binding).toThrow(StandinNotImplementedError);
    });
  });

  test('objects cannot be used after their Excel.run has finished', async () => {
    const s = createStandin();
    let escaped: any;
    await s.Excel.run(async (context) => {
      escaped = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      await context.sync();
    });
    expect(() => {
      escaped.values = [[1]];
    }).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  test('the batch function must return a promise', async () => {
    const s = createStandin();
    const e = await thrown(() => s.Excel.run(((_context: unknown) => 42) as any));
    expect(e.code).toBe('RunMustReturnPromise');
  });

  test('installGlobals provides Excel, Office and OfficeExtension for code written against the globals', async () => {
    const s = createStandin({ requirementSets: { ExcelApi: '1.12' } });
    installGlobals(s);
    try {
      expect(Excel.ConditionalFormatType.custom).toBe('Custom');
      expect(Excel.SheetVisibility.veryHidden).toBe('VeryHidden');
      expect(Excel.DataValidationType.wholeNumber).toBe('WholeNumber');
      expect(Excel.ChartType.columnClustered).toBe('ColumnClustered');
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
      // code written against @types/office-js, unchanged
      const addSheet = async (name: string): Promise<void> => {
        await Excel.run(async (context: Excel.RequestContext) => {
          const ws = context.workbook.worksheets.add(name);
          ws.getRange('A1').values = [['Mã số']];
          await context.sync();
        });
      };
      await addSheet('Chỉ tiêu');
      expect(s.workbook.cell('Chỉ tiêu', 'A1').value).toBe('Mã số');
      const e = await thrown(() => addSheet('Chỉ tiêu'));
      expect(e).toBeInstanceOf(OfficeExtension.Error);
      expect(e.code).toBe(Excel.ErrorCodes.itemAlreadyExists);
    } finally {
      uninstall();
    }
    expect((globalThis as any).Excel).toBeUndefined();
  });
});

test('shiftFormula moves relative references only, not strings or absolute parts', () => {
  expect(shiftFormula('=$H5="Đạt"', 2, 3)).toBe('=$H7="Đạt"');
  expect(shiftFormula('=AND(F5>=E5,ISNUMBER(F5))', 1, 0)).toBe('=AND(F6>=E6,ISNUMBER(F6))');
  expect(shiftFormula('=A$1&"B2"&\'My sheet\'!C3', 1, 1)).toBe('=B$1&"B2"&\'My sheet\'!D4');
  expect(shiftFormula('=LOG10(A1)', 1, 0)).toBe('=LOG10(A2)');
});
