// Class names for the pane's own layout, from one static stylesheet built with Fluent's tokens.
//
// Why not makeStyles here: Griffel compiles makeStyles objects in the browser (stylis, rtl-css-js,
// hashing), about 8 kB gzip that Fluent's own components never need (they ship precompiled). The
// first screen (App, the Template panel, the shared panel layout) uses these classes instead, so that
// compiler only loads with a panel that still calls makeStyles.
//
// For plain layout only: flat declarations, no pseudo-classes or nesting, no right-to-left flipping
// (the pane is Vietnamese or English). Values are Fluent tokens, i.e. the CSS variables FluentProvider
// sets, so the pane still follows the theme. Each rule is written `.c.c`: it wins over a Fluent
// component's own (single-class) rule on the same element, as mergeClasses would let it.

import type * as React from 'react';

export type StaticRule = { [P in keyof React.CSSProperties]?: string | 0 };

function declarations(rule: StaticRule): string {
  return Object.entries(rule)
    .map(([prop, value]) => `${prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value}`)
    .join(';');
}

/** Class names `chitieu-<name>-<key>` for the rules, whose stylesheet is added to the page once. */
export function staticClasses<K extends string>(name: string, rules: Record<K, StaticRule>): Record<K, string> {
  const classes = {} as Record<K, string>;
  let css = '';
  for (const key of Object.keys(rules) as K[]) {
    const cls = `chitieu-${name}-${key}`;
    classes[key] = cls;
    css += `.${cls}.${cls}{${declarations(rules[key])}}\n`;
  }
  if (typeof document !== 'undefined') {
    const id = `chitieu-styles-${name}`;
    const style = document.getElementById(id) ?? document.head.appendChild(document.createElement('style'));
    style.id = id;
    style.textContent = css;
  }
  return classes;
}
