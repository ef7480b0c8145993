/** @jest-environment jsdom */
// Settings → catalogue → "Đọc chỉ tiêu từ văn bản" without Excel: paste the seed article, review the
// 22 proposed rows beside their sentences, drop one, edit one, confirm (only then the catalogue in
// use changes), save the JSON; a text without targets; English-format numbers flagged; errors of
// the confirm step; the English UI.

import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseCatalogue } from '../../src/core/catalogue/catalogue';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { readNumber } from '../../src/core/numbers';
import { STORAGE_KEY } from '../../src/taskpane/hooks/settingsStorage';
import { loadPlanCorpus } from '../fixtures/plans/corpus';
import { renderPane } from './render';

const corpus = loadPlanCorpus();
const plan = (name: string) => corpus.find((c) => c.name === name)!;
const seed = plan('laichau-2023-article');

type User = ReturnType<typeof userEvent.setup>;

/** The panel on show (the others stay mounted, hidden). */
function panel() {
  return within(screen.getByRole('tabpanel'));
}

async function openReader(user: User): Promise<HTMLElement> {
  await user.click(screen.getByRole('tab', { name: /Cài đặt|Settings/ }));
  await user.click(await screen.findByRole('button', { name: /^(Đọc chỉ tiêu từ văn bản|Read targets from text)$/ }));
  // The reader is a lazy chunk: it appears once loaded.
  return screen.findByTestId('plantext');
}

async function pasteAndRead(user: User, section: HTMLElement, text: string) {
  const area = within(section).getByRole('textbox', { name: /^(Văn bản kế hoạch|Plan text)$/ });
  await user.click(area);
  await user.paste(text);
  await user.click(within(section).getByRole('button', { name: /^(Đọc|Read)$/ }));
}

function rows(section: HTMLElement): HTMLElement[] {
  return Array.from(section.querySelectorAll<HTMLElement>('[data-testid^="plantext-row-"]'));
}

function row(section: HTMLElement, code: string): HTMLElement {
  const r = within(section).getByTestId(`plantext-row-${code}`);
  return r;
}

function valueInput(r: HTMLElement): HTMLInputElement {
  return within(r).getByRole('textbox', { name: /^(Giá trị|Value)$/ }) as HTMLInputElement;
}

function storedCatalogue() {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  const stored = raw ? JSON.parse(raw) : {};
  return stored.catalogue ? parseCatalogue(JSON.parse(stored.catalogue)) : null;
}

const headlines = laiChau2023.indicators.filter((i) => i.parentCode === undefined).length;

beforeEach(() => {
  window.localStorage.clear();
  jest.restoreAllMocks();
});

test('the seed article: 22 rows beside their sentences, values highlighted; drop one, edit one, confirm → the catalogue in use has exactly that', async () => {
  const blobs: Blob[] = [];
  const created = jest.fn((b: Blob) => {
    blobs.push(b);
    return `blob:plantext/${blobs.length}`;
  });
  Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });

  const user = userEvent.setup();
  renderPane();
  const section = await openReader(user);
  await pasteAndRead(user, section, seed.text);

  const list = rows(section);
  expect(list).toHaveLength(22);
  expect(within(section).getByText('Chỉ tiêu đọc được: 22 (giữ 22)')).toBeTruthy();
  // The right indicators, in text order, each with the right value in its input (read back in vi-VN).
  expect(list.map((r) => r.dataset.testid!.replace('plantext-row-', ''))).toEqual(seed.targets.map((t) => t.code));
  list.forEach((r, i) => {
    const t = seed.targets[i];
    const input = valueInput(r);
    if (t.value === 'pass') {
      expect(input.value).toBe('Đạt');
      expect(input.disabled).toBe(true);
    } else {
      const read = readNumber({ value: input.value }, { locale: 'vi-VN', valueKind: 'number' });
      expect([t.code, read.kind === 'number' ? read.value : read]).toEqual([t.code, t.value]);
    }
    expect(r.querySelector('mark')).toBeTruthy();
  });
  // Beside its sentence, with the value as written highlighted.
  const budget = row(section, 'BUDGET_REVENUE');
  expect(budget.querySelector('mark')!.textContent).toBe('2.450');
  expect(budget.querySelector('blockquote')!.textContent).toContain('Thu ngân sách trên địa bàn đạt 2.450 tỷ đồng');
  expect(valueInput(budget).value).toBe('2.450');
  expect((within(budget).getByRole('textbox', { name: 'Đơn vị' }) as HTMLInputElement).value).toBe('tỷ đồng');
  expect((within(budget).getByRole('combobox', { name: 'Cách đánh giá' }) as HTMLSelectElement).value).toBe('at_least');
  expect((within(row(section, 'GRDP_GROWTH')).getByRole('combobox', { name: 'Cách đánh giá' }) as HTMLSelectElement).value).toBe('about');
  expect(row(section, 'GRDP_GROWTH').querySelector('mark')!.textContent).toBe('9,0');
  // Nothing doubtful in the seed; the year is the text's; every known indicator mentioned.
  expect(within(section).queryAllByTestId('plantext-doubt-badge')).toHaveLength(0);
  expect((within(section).getByRole('textbox', { name: 'Năm kế hoạch' }) as HTMLInputElement).value).toBe('2023');
  expect(within(section).getByText('Đọc từ văn bản.')).toBeTruthy();
  expect(within(section).queryByTestId('plantext-unmentioned')).toBeNull();

  // Drop one, edit one.
  await user.click(within(row(section, 'GRID_ELECTRICITY')).getByRole('checkbox', { name: 'Bỏ dòng này' }));
  expect(valueInput(row(section, 'GRID_ELECTRICITY')).disabled).toBe(true);
  await user.clear(valueInput(budget));
  await user.type(valueInput(budget), '2.500');
  expect(within(section).getByText('Chỉ tiêu đọc được: 22 (giữ 21)')).toBeTruthy();

  // Not yet in use: nothing changes before "Xác nhận".
  expect(storedCatalogue()).toBeNull();
  expect(panel().getByTestId('catalogue-summary').textContent).toContain(`laichau-2023 · năm 2023 · ${headlines} chỉ tiêu`);
  expect(within(section).queryByTestId('plantext-save')).toBeNull();

  await user.click(within(section).getByRole('button', { name: 'Xác nhận' }));
  const done = (await within(section).findByText(/Đang dùng danh mục laichau-2023, năm 2023/)).closest('.fui-MessageBar') as HTMLElement;
  expect(done.dataset.intent).toBe('success');

  // The settings context now holds the edited catalogue (persisted as the pane persists it)...
  const active = storedCatalogue()!;
  const codes = active.indicators.map((i) => i.code);
  expect(active.indicators.find((i) => i.code === 'BUDGET_REVENUE')).toMatchObject({ target: 2500, rule: 'at_least' });
  expect(codes).not.toContain('GRID_ELECTRICITY');
  expect(codes).not.toContain('HOUSEHOLDS_GRID');
  expect(active.indicators.find((i) => i.code === 'GRDP_PER_CAPITA')).toMatchObject({ target: 52.9, rule: 'about' });
  // ...and the Template panel shows it.
  await user.click(screen.getByRole('tab', { name: 'Mẫu' }));
  const summary = panel().getByTestId('catalogue-summary').textContent!;
  expect(summary).toContain(`laichau-2023 · năm 2023 · ${headlines - 1} chỉ tiêu`);
  expect(summary).toContain('Danh mục đã nhập');

  // "Lưu JSON": a link to the confirmed catalogue, with each row's source sentence.
  await user.click(screen.getByRole('tab', { name: 'Cài đặt' }));
  const save = within(section).getByTestId('plantext-save') as HTMLAnchorElement;
  expect(save.textContent).toBe('Lưu JSON');
  expect(save.getAttribute('download')).toBe('laichau-2023.json');
  expect(save.getAttribute('href')).toBe(`blob:plantext/${blobs.length}`);
  const doc = JSON.parse(await blobText(blobs[blobs.length - 1]));
  const saved = parseCatalogue(doc);
  expect(saved).toEqual(active);
  const budgetRow = doc.indicators.find((i: { code: string }) => i.code === 'BUDGET_REVENUE');
  expect(budgetRow.source).toContain('Thu ngân sách trên địa bàn đạt 2.450 tỷ đồng');
  expect(budgetRow.doubtful).toBe(false);

  // An edit after confirming is not in use until confirmed again.
  await user.clear(valueInput(budget));
  await user.type(valueInput(budget), '2.600');
  expect(within(section).getByText(/Có thay đổi sau lần xác nhận/)).toBeTruthy();
  expect(storedCatalogue()!.indicators.find((i) => i.code === 'BUDGET_REVENUE')!.target).toBe(2500);
});

test('a text with no targets (last year\'s results) gives a warning MessageBar saying what to paste; the catalogue stays', async () => {
  const user = userEvent.setup();
  renderPane();
  const section = await openReader(user);
  await pasteAndRead(user, section, plan('ket-qua-nam-truoc').text);

  const bar = (await within(section).findByText('Không tìm thấy chỉ tiêu nào')).closest('.fui-MessageBar') as HTMLElement;
  expect(bar.dataset.intent).toBe('warning');
  expect(bar.textContent).toContain('Hãy dán phần "các chỉ tiêu chủ yếu"');
  expect(rows(section)).toHaveLength(0);
  expect(within(section).queryByRole('button', { name: 'Xác nhận' })).toBeNull();
  expect(storedCatalogue()).toBeNull();

  // In English too, without reading again.
  await user.click(screen.getByRole('radio', { name: 'English' }));
  const en = within(section).getByText('No targets found').closest('.fui-MessageBar') as HTMLElement;
  expect(en.textContent).toContain('click "Read" again');
});

test('English-format numbers are marked doubtful with the reason, in the UI language; English labels throughout', async () => {
  const user = userEvent.setup();
  renderPane();
  const section = await openReader(user);
  await pasteAndRead(user, section, plan('so-kieu-tieng-anh').text);

  expect(rows(section)).toHaveLength(5);
  const grdp = row(section, 'GRDP_PER_CAPITA');
  expect(within(grdp).getByTestId('plantext-doubt-badge').textContent).toBe('Cần xem lại');
  expect(within(grdp).getByText('"60.5" viết theo kiểu tiếng Anh; đã đọc là 60,5')).toBeTruthy();
  expect(grdp.querySelector('mark')!.textContent).toBe('60.5');
  // The value is shown as it was read, in the pane's number locale.
  expect(valueInput(grdp).value).toBe('60,5');
  expect(valueInput(row(section, 'BUDGET_REVENUE')).value).toBe('2.450,5');
  expect(within(section).getAllByTestId('plantext-doubt-badge')).toHaveLength(5);
  // Known indicators the text does not mention are listed.
  const unmentioned = within(section).getByTestId('plantext-unmentioned');
  expect(unmentioned.textContent).toContain('Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)');
  expect(unmentioned.textContent).toContain('(GRDP_GROWTH)');

  await user.click(screen.getByRole('radio', { name: 'English' }));
  expect(within(grdp).getByTestId('plantext-doubt-badge').textContent).toBe('Check this');
  expect(within(grdp).getByText('"60.5" is written English-style; read as 60.5')).toBeTruthy();
  expect(within(grdp).getByRole('textbox', { name: 'Value' })).toBeTruthy();
  expect(within(grdp).getByRole('textbox', { name: 'Unit' })).toBeTruthy();
  const rule = within(grdp).getByRole('combobox', { name: 'Rule' }) as HTMLSelectElement;
  expect(Array.from(rule.options).map((o) => o.textContent)).toEqual(['At least (≥)', 'About', 'At most (≤)', 'Range (from – to)', 'Maintain (met)']);
  expect(within(grdp).getByRole('checkbox', { name: 'Drop this row' })).toBeTruthy();
  expect(within(section).getByRole('heading', { name: 'Read targets from text' })).toBeTruthy();
  expect(within(section).getByRole('button', { name: 'Confirm' })).toBeTruthy();
  expect(within(section).getByText('Targets found: 5 (keeping 5)')).toBeTruthy();
  expect(within(section).getByRole('textbox', { name: 'Plan year' })).toBeTruthy();
  expect(unmentioned.textContent).toContain('Indicators of the catalogue in use that the text does not mention');
  expect(unmentioned.textContent).toContain(laiChau2023.indicators.find((i) => i.code === 'GRDP_GROWTH')!.name.en);
  expect(screen.getByRole('button', { name: 'Hide reading from text' })).toBeTruthy();
});

test('the confirm step refuses what cannot make a catalogue, says why and what to do, and changes nothing', async () => {
  const user = userEvent.setup();
  renderPane();
  const section = await openReader(user);
  await pasteAndRead(user, section, plan('so-kieu-tieng-anh').text);

  // A value that is not a number: the row says so, the confirm names the row.
  const forest = row(section, 'FOREST_COVER');
  await user.clear(valueInput(forest));
  await user.type(valueInput(forest), 'năm mươi');
  expect(within(forest).getByText(/Không đọc được "năm mươi" thành số/)).toBeTruthy();
  await user.click(within(section).getByRole('button', { name: 'Xác nhận' }));
  let bar = within(section).getByText('Chưa dùng được danh mục này').closest('.fui-MessageBar') as HTMLElement;
  expect(bar.dataset.intent).toBe('error');
  expect(bar.textContent).toContain('Tỷ lệ che phủ rừng');
  expect(bar.textContent).toContain('Bỏ dòng này');
  expect(storedCatalogue()).toBeNull();

  // Every row dropped: core's CatalogueError, in the UI language, with what to do.
  for (const r of rows(section)) await user.click(within(r).getByRole('checkbox', { name: 'Bỏ dòng này' }));
  await user.click(within(section).getByRole('button', { name: 'Xác nhận' }));
  bar = within(section).getByText('Chưa dùng được danh mục này').closest('.fui-MessageBar') as HTMLElement;
  expect(bar.textContent).toContain('chưa có chỉ tiêu nào; hãy giữ lại ít nhất một dòng');
  expect(bar.textContent).toContain('Danh mục đang dùng chưa thay đổi.');
  await user.click(screen.getByRole('radio', { name: 'English' }));
  bar = within(section).getByText('This catalogue cannot be used yet').closest('.fui-MessageBar') as HTMLElement;
  expect(bar.textContent).toContain('no indicator left; keep at least one row');
  expect(storedCatalogue()).toBeNull();
  expect(panel().getByTestId('catalogue-summary').textContent).toContain('laichau-2023');
});

test('a year the text does not give is marked as assumed; a bad year blocks the confirm; a range is typed as two numbers', async () => {
  const user = userEvent.setup();
  renderPane();
  const section = await openReader(user);
  await pasteAndRead(user, section, 'Tỷ lệ che phủ rừng đạt 53,5%; tốc độ tăng tổng lượt khách du lịch đạt 8%.');

  expect(rows(section)).toHaveLength(2);
  const year = within(section).getByRole('textbox', { name: 'Năm kế hoạch' }) as HTMLInputElement;
  expect(within(section).getByText(`Không thấy năm kế hoạch trong văn bản; đang tạm lấy năm ${year.value}. Hãy nhập đúng năm.`)).toBeTruthy();
  await user.clear(year);
  await user.type(year, '24');
  await user.click(within(section).getByRole('button', { name: 'Xác nhận' }));
  expect(within(section).getByText('Chưa dùng được danh mục này').closest('.fui-MessageBar')!.textContent).toContain('bốn chữ số');
  expect(storedCatalogue()).toBeNull();
  await user.clear(year);
  await user.type(year, '2026');

  const tourists = row(section, 'TOURIST_GROWTH');
  await user.selectOptions(within(tourists).getByRole('combobox', { name: 'Cách đánh giá' }), 'range');
  expect(within(tourists).getByText('Hãy nhập hai số cho khoảng, ví dụ 15 – 18.')).toBeTruthy();
  await user.clear(valueInput(tourists));
  await user.type(valueInput(tourists), '8 – 10,5');
  await user.click(within(section).getByRole('button', { name: 'Xác nhận' }));
  await waitFor(() => expect(storedCatalogue()).not.toBeNull());
  const c = storedCatalogue()!;
  expect(c.year).toBe(2026);
  expect(c.indicators.find((i) => i.code === 'TOURIST_GROWTH')).toMatchObject({ rule: 'range', target: [8, 10.5] });
  expect(c.indicators.find((i) => i.code === 'FOREST_COVER')).toMatchObject({ rule: 'at_least', target: 53.5 });
});

/** Blob.text() where jsdom has it, FileReader otherwise. */
function blobText(b: Blob): Promise<string> {
  if (typeof b.text === 'function') return b.text();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(b);
  });
}
