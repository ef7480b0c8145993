// The pane's tab list: Fluent UI's TabList and Tab, built from Fluent's own exported style and render
// hooks (useTabListStyles_unstable / renderTabList_unstable, useTabStyles_unstable / renderTab_unstable),
// with one difference: keyboard focus moves by a roving tabindex here instead of Tabster.
//
// Why: Fluent's TabList and Tab call Tabster (useArrowNavigationGroup, useTabsterAttributes), and
// Tabster's core is about 13 kB gzip of the pane's first bundle, which nothing else on the first screen
// needs (FluentProvider's focus-visible and Radio use keyborg only). Panels loaded later that need
// Tabster (menus, dialogs) still get it, in their own chunks.
//
// Behaviour, as Fluent's TabList has it (circular arrow navigation, the selected tab is the tab stop,
// manual activation) and as the WAI-ARIA tabs pattern describes: Tab enters the list on the selected
// tab and leaves it; Left/Right move focus between tabs, wrapping; Home/End go to the first/last tab;
// Enter/Space (each tab is a <button>) select the focused tab. Look, sizes, the selected indicator and
// its sliding animation are Fluent's. The state objects are typed with Fluent's TabListState and
// TabState (react-tabs 9.12, in react-components 9.74), so a change of their shape fails `tsc`.

import * as React from 'react';
import {
  renderTab_unstable,
  renderTabList_unstable,
  SelectTabData,
  SelectTabEvent,
  slot,
  TabListState,
  TabRegisterData,
  TabSlots,
  TabState,
  TabValue,
  useEventCallback,
  useTabListContext_unstable,
  useTabListContextValues_unstable,
  useTabListStyles_unstable,
  useTabStyles_unstable,
} from '@fluentui/react-components';

// The props forms of Tab's slots (what Fluent's ExtractSlotProps gives; react-components does not export it).
type ButtonSlotProps = Extract<TabSlots['root'], { as?: 'button' }>;
type SpanSlotProps = Extract<TabSlots['content'], { as?: 'span' }>;

export interface PaneTabDef<T extends string> {
  value: T;
  label: React.ReactNode;
  /** The tab's element id and the id of the panel it controls. */
  id: string;
  controls: string;
}

export interface PaneTabListProps<T extends string> {
  tabs: PaneTabDef<T>[];
  selectedValue: T;
  onTabSelect(value: T): void;
  className?: string;
  'aria-label'?: string;
}

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** Left/Right (wrapping), Home, End: focus another tab. Selecting it is left to Enter/Space or a click. */
function moveFocus(e: React.KeyboardEvent<HTMLElement>): void {
  if (!NAVIGATION_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const tabs = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]:not(:disabled)'));
  const at = tabs.indexOf(e.target as HTMLElement);
  if (at < 0) return;
  const n = tabs.length;
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : (at + (e.key === 'ArrowRight' ? 1 : n - 1)) % n;
  e.preventDefault();
  tabs[next].focus();
}

export function PaneTabList<T extends string>({ tabs, selectedValue, onTabSelect, className, 'aria-label': label }: PaneTabListProps<T>): React.JSX.Element {
  // What Fluent's useTabListBase_unstable keeps for the Tab's sliding indicator: the tabs' elements,
  // and the selected value before the current one.
  const current = React.useRef<TabValue>(undefined);
  const previous = React.useRef<TabValue>(undefined);
  React.useEffect(() => {
    previous.current = current.current;
    current.current = selectedValue;
  }, [selectedValue]);
  const registered = React.useRef<Record<string, TabRegisterData>>({});
  const onRegister = useEventCallback((data: TabRegisterData) => {
    registered.current[JSON.stringify(data.value)] = data;
  });
  const onUnregister = useEventCallback((data: TabRegisterData) => {
    delete registered.current[JSON.stringify(data.value)];
  });
  const onSelect = useEventCallback((_: SelectTabEvent, data: SelectTabData) => onTabSelect(data.value as T));
  const getRegisteredTabs = React.useCallback(
    () => ({ selectedValue: current.current, previousSelectedValue: previous.current, registeredTabs: registered.current }),
    [],
  );

  const state: TabListState = {
    components: { root: 'div' },
    root: slot.always(
      {
        role: 'tablist',
        'aria-orientation': 'horizontal',
        'aria-label': label,
        className,
        onKeyDown: moveFocus,
        children: tabs.map((t) => (
          <PaneTab key={t.value} value={t.value} id={t.id} controls={t.controls}>
            {t.label}
          </PaneTab>
        )),
      },
      { elementType: 'div' },
    ),
    appearance: 'transparent',
    reserveSelectedTabSpace: true,
    size: 'medium',
    disabled: false,
    selectTabOnFocus: false,
    vertical: false,
    selectedValue,
    onRegister,
    onUnregister,
    onSelect,
    getRegisteredTabs,
  };
  const contextValues = useTabListContextValues_unstable(state);
  useTabListStyles_unstable(state);
  return renderTabList_unstable(state, contextValues);
}

function PaneTab({ value, id, controls, children }: { value: string; id: string; controls: string; children: React.ReactNode }): React.JSX.Element {
  const selected = useTabListContext_unstable((ctx) => ctx.selectedValue === value);
  const onRegister = useTabListContext_unstable((ctx) => ctx.onRegister);
  const onUnregister = useTabListContext_unstable((ctx) => ctx.onUnregister);
  const onSelect = useTabListContext_unstable((ctx) => ctx.onSelect);
  const ref = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    onRegister({ value, ref });
    return () => onUnregister({ value, ref });
  }, [onRegister, onUnregister, value]);

  const state: TabState = {
    components: { root: 'button', icon: 'span', content: 'span', contentReservedSpace: 'span' },
    root: slot.always<ButtonSlotProps>(
      {
        ref,
        role: 'tab',
        type: 'button',
        id,
        'aria-controls': controls,
        'aria-selected': `${selected}`,
        // The roving tabindex: only the selected tab is in the Tab order.
        tabIndex: selected ? 0 : -1,
        value,
        onClick: (e: React.MouseEvent<HTMLButtonElement>) => onSelect(e, { value }),
      },
      { elementType: 'button' },
    ),
    icon: undefined,
    iconOnly: false,
    content: slot.always<SpanSlotProps>(undefined, { defaultProps: { children }, elementType: 'span' }),
    // The label in the selected (bold) style, hidden, so a tab keeps its width when selected.
    contentReservedSpace: slot.optional<SpanSlotProps>(undefined, { renderByDefault: !selected, defaultProps: { children }, elementType: 'span' }),
    appearance: 'transparent',
    size: 'medium',
    disabled: false,
    selected,
    value,
    vertical: false,
  };
  useTabStyles_unstable(state);
  return renderTab_unstable(state);
}
