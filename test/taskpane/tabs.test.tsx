/** @jest-environment jsdom */
// The tab list (Fluent's TabList and Tab without Tabster, PaneTabs.tsx) from the keyboard: the selected
// tab is the only tab stop; Left/Right move focus and wrap, Home/End go to the ends; Enter and Space
// select the focused tab; the sliding indicator's Fluent markup and ARIA stay as Fluent renders them.

import './setup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TABS } from '../../src/taskpane/components/tabs';
import { renderPane } from './render';

beforeEach(() => window.localStorage.clear());

const tabs = () => screen.getAllByRole('tab') as HTMLButtonElement[];
const selected = () => screen.getByRole('tab', { selected: true });

test('Fluent TabList markup: a labelled tablist, one selected tab controlling the visible panel', () => {
  renderPane();
  const list = screen.getByRole('tablist', { name: 'Chức năng của Chỉ tiêu KH' });
  expect(list.classList.contains('fui-TabList')).toBe(true);
  expect(tabs()).toHaveLength(TABS.length);
  expect(tabs().every((t) => t.classList.contains('fui-Tab') && t.type === 'button')).toBe(true);
  expect(selected().id).toBe(`tab-${TABS[0].id}`);
  expect(selected().getAttribute('aria-controls')).toBe(`panel-${TABS[0].id}`);
  expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(`tab-${TABS[0].id}`);
  // Roving tabindex: only the selected tab is in the Tab order.
  expect(tabs().map((t) => t.tabIndex)).toEqual(TABS.map((_, i) => (i === 0 ? 0 : -1)));
});

test('keyboard: Tab lands on the selected tab, arrows move focus (wrapping), Home/End, Enter and Space select', async () => {
  const user = userEvent.setup();
  renderPane();
  const last = tabs().length - 1;

  await user.tab();
  expect(document.activeElement).toBe(selected());

  await user.keyboard('{ArrowRight}');
  expect(document.activeElement).toBe(tabs()[1]);
  expect(selected()).toBe(tabs()[0]); // focus only: nothing selected yet

  await user.keyboard('{ArrowLeft}{ArrowLeft}');
  expect(document.activeElement).toBe(tabs()[last]); // wrapped

  await user.keyboard('{ArrowRight}');
  expect(document.activeElement).toBe(tabs()[0]); // wrapped back

  await user.keyboard('{End}');
  expect(document.activeElement).toBe(tabs()[last]);
  await user.keyboard('{Enter}');
  expect(selected()).toBe(tabs()[last]);
  expect(tabs()[last].tabIndex).toBe(0);
  expect(tabs()[0].tabIndex).toBe(-1);
  expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs()[last].id);

  await user.keyboard('{Home}');
  expect(document.activeElement).toBe(tabs()[0]);
  await user.keyboard(' ');
  expect(selected()).toBe(tabs()[0]);
  expect(screen.getByRole('heading', { level: 2, name: 'Chèn mẫu chỉ tiêu' })).toBeTruthy();

  // Tab leaves the list (to the panel's first control), Shift+Tab comes back to the selected tab.
  await user.tab();
  expect(document.activeElement?.getAttribute('role')).not.toBe('tab');
  await user.tab({ shift: true });
  expect(document.activeElement).toBe(selected());
});
