/** @jest-environment jsdom */
// The first screen's layout comes from static classes (staticStyles.ts), not Griffel's makeStyles:
// the stylesheet is in the page, its values are Fluent tokens, and the classes apply.

import './setup';
import { screen } from '@testing-library/react';
import { staticClasses } from '../../src/taskpane/components/staticStyles';
import { renderPane } from './render';

test('the Template panel is laid out by the static panel classes, built from Fluent tokens', () => {
  renderPane();
  const section = screen.getByRole('heading', { name: 'Chèn mẫu chỉ tiêu' }).closest('section') as HTMLElement;
  expect(section.className).toBe('chitieu-panel-panel');
  expect(getComputedStyle(section).display).toBe('flex');
  expect(getComputedStyle(section).flexDirection).toBe('column');
  const sheet = document.getElementById('chitieu-styles-panel')!.textContent!;
  expect(sheet).toContain('.chitieu-panel-panel.chitieu-panel-panel{display:flex;flex-direction:column;row-gap:var(--spacingVerticalM);');
});

test('staticClasses writes kebab-case declarations once per name, replacing an earlier sheet of that name', () => {
  const a = staticClasses('t', { box: { minWidth: 0, listStyleType: 'none' } });
  expect(a).toEqual({ box: 'chitieu-t-box' });
  staticClasses('t', { box: { marginLeft: 'calc(-1 * 4px)' } });
  const sheets = document.querySelectorAll('#chitieu-styles-t');
  expect(sheets).toHaveLength(1);
  expect(sheets[0].textContent).toBe('.chitieu-t-box.chitieu-t-box{margin-left:calc(-1 * 4px)}\n');
});
