// The proxy-object machinery of the stand-in, modelled on office.js's own client runtime
// (node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js):
// - setting a property or calling a method queues an action; nothing touches the workbook until
//   context.sync() sends the queue, which runs in order;
// - reading a property needs load() and then sync(); before that it throws PropertyNotLoaded;
//   a property the add-in set locally reads back the value it set (office.js keeps it);
// - a sync with nothing queued sends no request (office.js: `if (!req.hasActions)`);
// - properties of a null object (…OrNullObject) read as undefined instead of throwing.

import { apiNotFound, invalidObjectPath, propertyNotLoaded, StandinNotImplementedError, StandinOfficeError, valueNotLoaded } from './errors';
import { WorkbookState } from './workbookState';

// ---------------------------------------------------------------- core shared by all contexts

export interface SyncRecord {
  /** 1-based number of the round trip. */
  index: number;
  /** Bytes of the request: JSON of the queued actions, values included (UTF-8). */
  bytes: number;
  actions: number;
  /** Bytes of the loaded data sent back. */
  responseBytes: number;
  ok: boolean;
  /** The error code when the sync failed. */
  error?: string;
  /** True for the sync Excel.run makes itself after the batch function resolves. */
  implicit: boolean;
}

export interface ActionInfo {
  /** 'set', 'call', 'load' or 'instantiate'. */
  kind: string;
  /** Office.js type, e.g. 'Range'. */
  type: string;
  /** Property or method, e.g. 'values', 'add'. */
  member: string;
  /** Approximate object path, e.g. 'Workbook.Worksheets.GetItem("Sheet1").GetRange("A1")'. */
  path: string;
}

export type FailOn = (action: ActionInfo) => string | { code: string; message?: string } | undefined | null | false;

export interface Limits {
  /** Request payload limit in bytes (Excel on the web: 5 MB). null: no limit. */
  requestBytes: number | null;
  /** Response payload limit in bytes (Excel on the web: 5 MB). null: no limit. */
  responseBytes: number | null;
  /** Cells one read may return (Office: 5 000 000). null: no limit. */
  readCells: number | null;
}

export interface StandinCore {
  state: WorkbookState;
  requirementSets: Record<string, string>;
  limits: Limits;
  failOn?: FailOn;
  stats: StandinStatsImpl;
}

export class StandinStatsImpl {
  /** Round trips: syncs that sent a request (had queued actions), the implicit one at the end of Excel.run included. */
  syncCount = 0;
  /** Every context.sync() the add-in called, empty ones included (not the implicit one of Excel.run). */
  syncCalls = 0;
  /** Excel.run calls. */
  runCount = 0;
  /** One record per round trip. */
  requests: SyncRecord[] = [];
  maxRequestBytes = 0;
  totalRequestBytes = 0;
  /** @internal */
  _failNext: { code: string; message?: string }[] = [];

  /** Makes the next round trip fail with `code` (e.g. 'GeneralException') before anything is applied. */
  failNextSync(code: string, message?: string): void {
    this._failNext.push({ code, message });
  }

  reset(): void {
    this.syncCount = 0;
    this.syncCalls = 0;
    this.runCount = 0;
    this.requests = [];
    this.maxRequestBytes = 0;
    this.totalRequestBytes = 0;
    this._failNext = [];
  }
}

/** Compares requirement-set versions: '1.12' > '1.9'. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function isSetSupported(core: StandinCore, name: string, minVersion?: string | number): boolean {
  const have = Object.entries(core.requirementSets).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  if (have === undefined) return false;
  if (minVersion === undefined || minVersion === null || minVersion === '') return true;
  return versionAtLeast(have, String(minVersion));
}

// ---------------------------------------------------------------- execution of one sync

export class Exec {
  /** Called after the whole request succeeded (load results, isNullObject). */
  readonly appliers: (() => void)[] = [];
  readonly response: unknown[] = [];
  /** Messages of context.trace() actions run so far. */
  readonly traces: string[] = [];
  constructor(readonly core: StandinCore) {}
  get state(): WorkbookState {
    return this.core.state;
  }
}

export interface Action {
  info: ActionInfo;
  /** What goes over the wire, for the byte count. */
  payload: unknown;
  run(ex: Exec): void;
}

// ---------------------------------------------------------------- strictness

const PROBED_NAMES = new Set([
  'then',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'inspect',
  'toJSON',
]);

function describeReadOnly(target: object, prop: string): boolean {
  let o: object | null = target;
  while (o) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return !!d.get && !d.set;
    o = Object.getPrototypeOf(o);
  }
  return false;
}

/**
 * Wraps a stand-in object so that reading or setting a member it does not implement throws
 * StandinNotImplementedError instead of silently returning undefined or adding a property.
 */
export function strict<T extends object>(obj: T, typeName: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target || prop.startsWith('_') || PROBED_NAMES.has(prop)) {
        return Reflect.get(target, prop, receiver);
      }
      throw new StandinNotImplementedError(`${typeName}.${prop} (or it is not part of Office.js)`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop.startsWith('_')) return Reflect.set(target, prop, value, receiver);
      if (!(prop in target)) throw new StandinNotImplementedError(`setting ${typeName}.${prop} (or it is not part of Office.js)`);
      if (describeReadOnly(target, prop)) throw new TypeError(`Cannot set read-only property ${typeName}.${prop}`);
      return Reflect.set(target, prop, value, receiver);
    },
  });
}

// ---------------------------------------------------------------- load options

export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadTree>;
}

const emptyTree = (): LoadTree => ({ all: false, scalars: new Set(), nav: new Map() });

function splitList(s: string): string[] {
  return s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Turns every form load() accepts into property paths ('values', 'format/fill/color', '*'). */
export function loadPaths(option: unknown, where: string): string[] {
  if (option === undefined || option === null) return ['*'];
  if (typeof option === 'string') {
    const l = splitList(option);
    return l.length ? l : ['*'];
  }
  if (Array.isArray(option)) {
    const l = option.flatMap((x) => (typeof x === 'string' ? splitList(x) : []));
    if (l.length !== option.length && option.some((x) => typeof x !== 'string')) {
      throw new StandinOfficeError('InvalidArgument', "The argument 'option' doesn't work for this situation, is missing, or isn't in the right format.", where);
    }
    return l.length ? l : ['*'];
  }
  if (typeof option === 'object') {
    const o = option as Record<string, unknown>;
    const isLoadOption = ['select', 'expand', 'top', 'skip'].some((k) => k in o) || Object.keys(o).length === 0;
    if (isLoadOption) {
      if (o.top !== undefined || o.skip !== undefined) throw new StandinNotImplementedError(`${where}: load option top/skip`);
      const sel = o.select === undefined ? [] : typeof o.select === 'string' ? splitList(o.select) : (o.select as string[]);
      const exp = o.expand === undefined ? [] : typeof o.expand === 'string' ? splitList(o.expand) : (o.expand as string[]);
      const l = [...sel, ...exp];
      return l.length ? l : ['*'];
    }
    const out: string[] = [];
    const walk = (x: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(x)) {
        if (k === '$all') {
          if (v === true) out.push(prefix ? `${prefix}/*` : '*');
        } else if (k === '$top' || k === '$skip') {
          throw new StandinNotImplementedError(`${where}: load option ${k}`);
        } else if (v === true) out.push(prefix ? `${prefix}/${k}` : k);
        else if (v && typeof v === 'object') walk(v as Record<string, unknown>, prefix ? `${prefix}/${k}` : k);
      }
    };
    walk(o, '');
    return out.length ? out : ['*'];
  }
  throw new StandinOfficeError('InvalidArgument', "The argument 'option' doesn't work for this situation, is missing, or isn't in the right format.", where);
}

// ---------------------------------------------------------------- base of every proxy object

export interface RequestContextLike {
  readonly _core: StandinCore;
  _enqueue(action: Action): void;
  _finished: boolean;
}

interface Snapshot {
  isNull: boolean;
  fields: Record<string, unknown>;
  nav: Record<string, Snapshot>;
  items?: { ref: unknown; fields: Record<string, unknown> }[];
}

export abstract class StandinClientObject {
  /** The request context associated with the object. */
  readonly context: RequestContextLike & object;
  /** @internal loaded or locally set scalar values. */
  _fields: Record<string, unknown> = {};
  /** @internal undefined until a sync instantiated the object. */
  _isNull: boolean | undefined = undefined;
  /** @internal object path, for payloads and messages. */
  readonly _path: string;
  /** @internal cached resolution (office.js instantiates an object path once). */
  _resolved: { value: unknown } | undefined = undefined;

  protected constructor(context: RequestContextLike & object, path: string) {
    this.context = context;
    this._path = path;
  }

  /** @internal Office.js type name, e.g. 'Range'. */
  abstract get _typeName(): string;
  /** @internal scalar properties load() may ask for. */
  abstract _scalarNames(): readonly string[];
  /** @internal navigation properties. */
  _navNames(): readonly string[] {
    return [];
  }
  /** @internal */
  _navObject(name: string): StandinClientObject {
    throw new StandinNotImplementedError(`${this._typeName}.${name}`);
  }
  /** @internal the workbook entity this proxy stands for; null for a null object. */
  abstract _resolveTarget(ex: Exec): unknown;
  /** @internal value of a scalar at sync time. */
  abstract _readScalar(name: string, ex: Exec, target: unknown): unknown;
  /** @internal apply a property set at sync time. */
  _writeScalar(name: string, _value: unknown, _ex: Exec, _target: unknown): void {
    throw new StandinNotImplementedError(`setting ${this._typeName}.${name}`);
  }

  get _core(): StandinCore {
    return this.context._core;
  }

  /** @internal resolve once and remember (like an instantiated object path). */
  _target(ex: Exec): unknown {
    if (!this._resolved) {
      const value = this._resolveTarget(ex);
      this._resolved = { value };
      const isNull = value === null;
      ex.appliers.push(() => {
        this._isNull = isNull;
      });
    }
    return this._resolved.value;
  }

  /** @internal the target of a write or method: a null object cannot take one. */
  _liveTarget(ex: Exec, member: string): unknown {
    const t = this._target(ex);
    if (t === null) {
      throw new StandinOfficeError(
        'ItemNotFound',
        `The requested resource doesn't exist. (stand-in: ${this._typeName}.${member} was queued on a null object; check isNullObject first)`,
        `${this._typeName}.${member}`,
      );
    }
    return t;
  }

  /** Throws ApiNotFound now when the requirement set is missing, as office.js does on the client. */
  _gate(api: string, version: string, set = 'ExcelApi'): void {
    if (!isSetSupported(this._core, set, version)) throw apiNotFound(api, set, version);
  }

  _enqueue(kind: string, member: string, payloadValue: unknown, run: (ex: Exec) => void): void {
    if (this.context._finished) throw invalidObjectPath(this._path);
    this.context._enqueue({
      info: { kind, type: this._typeName, member, path: this._path },
      payload: { k: kind, p: this._path, m: member, v: payloadValue },
      run,
    });
  }

  /** @internal reading a property, as office.js's throwIfNotLoaded. */
  _get<T = unknown>(name: string): T {
    if (this._isNull === true) return undefined as T;
    if (!(name in this._fields)) throw propertyNotLoaded(this._typeName, name);
    return this._fields[name] as T;
  }

  /**
   * @internal setting a property: office.js keeps the value locally and queues the set.
   * `gate`: the host refuses the set (ApiNotFound, at sync) below that ExcelApi version.
   */
  _set(name: string, value: unknown, gate?: string): void {
    if (value === undefined) {
      // undefined does not survive the JSON of the request: the host sees a missing argument.
      this._enqueue('set', name, null, () => {
        throw new StandinOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${this._typeName}.${name} = undefined)`);
      });
      return;
    }
    this._fields[name] = value;
    this._enqueue('set', name, value, (ex) => {
      if (gate && !isSetSupported(this._core, 'ExcelApi', gate)) throw apiNotFound(`${this._typeName}.${name}`, 'ExcelApi', gate);
      const t = this._liveTarget(ex, name);
      this._writeScalar(name, value, ex, t);
    });
  }

  /** @internal queue a method call that changes the workbook. */
  _call(member: string, args: unknown[], run: (ex: Exec, target: unknown) => void): void {
    this._enqueue('call', member, args, (ex) => run(ex, this._liveTarget(ex, member)));
  }

  /** @internal a method returning ClientResult<T>. */
  _callResult<T>(member: string, args: unknown[], compute: (ex: Exec, target: unknown) => T): StandinClientResult<T> {
    const result = new StandinClientResult<T>();
    this._enqueue('call', member, args, (ex) => {
      const v = compute(ex, this._liveTarget(ex, member));
      ex.response.push(v);
      ex.appliers.push(() => result._resolve(v));
    });
    return result;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._typeName, 'isNullObject');
    return this._isNull;
  }

  // ------------------------------------------------------------ load

  /** @internal build the load tree for this object; unknown names throw now. */
  _tree(paths: string[], tree: LoadTree = emptyTree()): LoadTree {
    for (const path of paths) {
      const segs = path.split('/').map((s) => s.trim());
      this._addPath(tree, segs);
    }
    return tree;
  }

  _addPath(tree: LoadTree, segs: string[]): void {
    const [head, ...rest] = segs;
    if (head === '*' || head === '$all') {
      tree.all = true;
      return;
    }
    if (this._scalarNames().includes(head)) {
      if (rest.length) throw new StandinOfficeError('InvalidArgument', `'${segs.join('/')}' is not a navigation path`);
      tree.scalars.add(head);
      return;
    }
    if (this._navNames().includes(head)) {
      const child = this._navObject(head);
      const sub = tree.nav.get(head) ?? emptyTree();
      tree.nav.set(head, sub);
      if (rest.length === 0) sub.all = true;
      else child._addPath(sub, rest);
      return;
    }
    throw new StandinNotImplementedError(`loading ${this._typeName}.${head} (or it is not part of Office.js)`);
  }

  load(option?: unknown): this {
    const paths = loadPaths(option, `${this._typeName}.load`);
    const tree = this._tree(paths);
    this._enqueue('load', 'load', paths, (ex) => {
      const snap = this._snapshot(tree, ex);
      ex.response.push(snap);
      ex.appliers.push(() => this._apply(snap));
    });
    return this;
  }

  /** @internal */
  _snapshot(tree: LoadTree, ex: Exec): Snapshot {
    const target = this._target(ex);
    if (target === null) return { isNull: true, fields: {}, nav: {} };
    const fields: Record<string, unknown> = {};
    const names = tree.all ? this._scalarNames() : [...tree.scalars];
    for (const n of names) fields[n] = this._readScalar(n, ex, target);
    const nav: Record<string, Snapshot> = {};
    for (const [k, sub] of tree.nav) nav[k] = this._navObject(k)._snapshot(sub, ex);
    return { isNull: false, fields, nav };
  }

  /** @internal */
  _apply(snap: Snapshot): void {
    this._isNull = snap.isNull;
    Object.assign(this._fields, snap.fields);
    for (const [k, s] of Object.entries(snap.nav)) this._navObject(k)._apply(s);
  }

  /** Sets several properties at once, as Office.js's set(). */
  set(properties: Record<string, unknown>, _options?: unknown): void {
    for (const [k, v] of Object.entries(properties ?? {})) {
      if (this._navNames().includes(k)) {
        this._navObject(k).set(v as Record<string, unknown>);
      } else {
        (this as unknown as Record<string, unknown>)[k] = v;
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { ...this._fields };
    for (const n of this._navNames()) {
      try {
        const j = this._navObject(n).toJSON();
        if (Object.keys(j).length) out[n] = j;
      } catch {
        // navigation objects gated by requirement sets are left out
      }
    }
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: `items` after load; loading applies to the items' properties. */
export abstract class StandinCollection<T extends StandinClientObject> extends StandinClientObject {
  /** @internal */
  _items: T[] | undefined = undefined;

  /** @internal the entities currently in the collection (refs used to make item proxies). */
  abstract _refs(ex: Exec, target: unknown): unknown[];
  /** @internal an item proxy bound to one entity. */
  abstract _itemFor(ref: unknown, index: number): T;
  /** @internal the scalar names of an item (for load validation). */
  abstract _itemScalarNames(): readonly string[];
  /** @internal read an item's scalar at sync time. */
  abstract _readItemScalar(ref: unknown, name: string, ex: Exec): unknown;

  _scalarNames(): readonly string[] {
    return [];
  }

  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`${this._typeName}.${name}`);
  }

  get items(): T[] {
    if (this._isNull === true) return undefined as unknown as T[];
    if (this._items === undefined) throw propertyNotLoaded(this._typeName, 'items');
    return this._items;
  }

  _addPath(tree: LoadTree, segs: string[]): void {
    const s = segs[0] === 'items' ? segs.slice(1) : segs;
    if (s.length === 0 || s[0] === '*' || s[0] === '$all') {
      tree.all = true;
      return;
    }
    if (s.length > 1) throw new StandinNotImplementedError(`loading '${segs.join('/')}' on ${this._typeName} items`);
    if (!this._itemScalarNames().includes(s[0])) {
      throw new StandinNotImplementedError(`loading ${this._typeName} items' ${s[0]} (or it is not part of Office.js)`);
    }
    tree.scalars.add(s[0]);
  }

  _snapshot(tree: LoadTree, ex: Exec): Snapshot {
    const target = this._target(ex);
    if (target === null) return { isNull: true, fields: {}, nav: {} };
    const names = tree.all ? this._itemScalarNames() : [...tree.scalars];
    const items = this._refs(ex, target).map((ref) => {
      const fields: Record<string, unknown> = {};
      for (const n of names) fields[n] = this._readItemScalar(ref, n, ex);
      return { ref, fields };
    });
    return { isNull: false, fields: {}, nav: {}, items };
  }

  _apply(snap: Snapshot): void {
    this._isNull = snap.isNull;
    if (!snap.items) return;
    this._items = snap.items.map(({ ref, fields }, i) => {
      const item = this._itemFor(ref, i);
      Object.assign(item._fields, fields);
      item._isNull = false;
      return item;
    });
  }

  toJSON(): Record<string, unknown> {
    return this._items ? { items: this._items.map((i) => i.toJSON()) } : {};
  }
}

/** OfficeExtension.ClientResult<T>: value readable after the sync that computed it. */
export class StandinClientResult<T> {
  private _loaded = false;
  private _v: T | undefined;

  get value(): T {
    if (!this._loaded) throw valueNotLoaded();
    return this._v as T;
  }

  /** @internal */
  _resolve(v: T): void {
    this._v = v;
    this._loaded = true;
  }

  toJSON(): unknown {
    return this._loaded ? { value: this._v } : {};
  }
}

// ---------------------------------------------------------------- sync

const encoder = new TextEncoder();

export function byteLength(s: string): number {
  return encoder.encode(s).length;
}

/** Sends a context's queue: the whole of what context.sync() does. */
export async function executeSync(core: StandinCore, queue: Action[], implicit: boolean): Promise<void> {
  // office.js resolves sync() asynchronously even when there is nothing to send.
  await Promise.resolve();
  if (queue.length === 0) return;
  const stats = core.stats;
  let payloadText: string;
  try {
    payloadText = JSON.stringify(queue.map((a) => a.payload));
  } catch (e) {
    throw new StandinNotImplementedError(`a queued value that cannot be serialised to JSON (${(e as Error).message})`);
  }
  const bytes = byteLength(payloadText);
  stats.syncCount++;
  const record: SyncRecord = { index: stats.syncCount, bytes, actions: queue.length, responseBytes: 0, ok: false, implicit };
  stats.requests.push(record);
  stats.totalRequestBytes += bytes;
  stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);

  const fail = (e: unknown): never => {
    record.error = e instanceof StandinOfficeError ? e.code : e instanceof Error ? e.name : String(e);
    throw e;
  };

  const forced = stats._failNext.shift();
  if (forced) fail(new StandinOfficeError(forced.code, forced.message));
  if (core.limits.requestBytes !== null && bytes > core.limits.requestBytes) {
    fail(new StandinOfficeError('RequestPayloadSizeLimitExceeded', undefined, undefined, `request of ${bytes} bytes`));
  }

  const ex = new Exec(core);
  const hf = core.state.hf;
  for (const action of queue) {
    try {
      const f = core.failOn?.(action.info);
      if (f) {
        const spec = typeof f === 'string' ? { code: f } : f;
        throw new StandinOfficeError(spec.code, spec.message, `${action.info.type}.${action.info.member}`);
      }
      action.run(ex);
    } catch (e) {
      if (e instanceof StandinOfficeError) {
        e.traceMessages = [...ex.traces];
        if (!e.debugInfo.errorLocation) e.debugInfo.errorLocation = `${action.info.type}.${action.info.member}`;
        e.debugInfo.statement = `${action.info.path}.${action.info.member}`;
      } else if (e instanceof RangeError && /outside the worksheet grid/.test(e.message)) {
        fail(new StandinOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${e.message})`, `${action.info.type}.${action.info.member}`));
      }
      if (hf.isEvaluationSuspended()) hf.resumeEvaluation();
      fail(e);
    }
  }
  let responseText = '';
  try {
    responseText = JSON.stringify(ex.response);
  } catch {
    responseText = '';
  }
  record.responseBytes = byteLength(responseText);
  if (core.limits.responseBytes !== null && record.responseBytes > core.limits.responseBytes) {
    fail(new StandinOfficeError('ResponsePayloadSizeLimitExceeded', undefined, undefined, `response of ${record.responseBytes} bytes`));
  }
  for (const apply of ex.appliers) apply();
  record.ok = true;
}

export function notImplemented(what: string): never {
  throw new StandinNotImplementedError(what);
}
