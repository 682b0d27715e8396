/**
 * Document generators for the fuzz tests (issue 12 point 1): random JSON, and mutations of real
 * scenarios — wrong types, missing and extra fields, huge, tiny, negative and non-finite numbers,
 * deep nesting, prototype-named ids and keys, long arrays, wide networks, malformed JSON text.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

/** A preset from models/presets (or a file relative to the repository), parsed. */
export function preset(name: string): Record<string, unknown> {
  const file = name.includes('/') ? `../../${name}` : `../../models/presets/${name}.scenario.json`;
  return JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Record<string, unknown>;
}

type Json = unknown;
type Path = Array<string | number>;

/** Every path inside a document (objects and arrays, depth-first, arrays sampled to their first 3 entries). */
export function pathsOf(doc: Json, max = 4000): Path[] {
  const out: Path[] = [];
  const walk = (v: Json, p: Path) => {
    if (out.length >= max) return;
    if (p.length > 0) out.push(p);
    if (Array.isArray(v)) v.slice(0, 3).forEach((x, i) => walk(x, [...p, i]));
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) walk((v as Record<string, Json>)[k], [...p, k]);
  };
  walk(doc, []);
  return out;
}

const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', 'length'];

/** Weird values a field may be set to. */
export const weirdValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    -1, 0, -0, 0.5, 1, 2, 7, 1e-300, 5e-324, 1e-9, 1e9, 1e12, 1e15, 1e29, 1e300, -1e300, Number.MAX_SAFE_INTEGER, 2 ** 31,
    Infinity, -Infinity, NaN, '', 'x', '0', 'exit', true, false, null, [], {}, [1], [[[]]], { a: 1 },
    ...PROTO_NAMES,
  ),
  fc.double(),
  fc.integer({ min: -5, max: 50 }),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(...PROTO_NAMES).map((k) => ({ [k]: 1 })),
  fc.integer({ min: 1, max: 300 }).map((d) => nest(d)),
  fc.constantFrom(1000, 20000).map((n) => new Array<number>(n).fill(1)),
  fc.constantFrom(1000, 100000).map((n) => 'x'.repeat(n)),
);

/** `depth` nested arrays. */
export function nest(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** One mutation of a document, applied in place to a deep copy. */
type Op =
  | { op: 'set'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'extra'; at: number; key: string; value: Json }
  | { op: 'renameIds'; name: string }
  | { op: 'scale'; at: number; factor: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: weirdValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('extra' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...PROTO_NAMES), fc.string({ maxLength: 6 })), value: weirdValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('renameIds' as const), name: fc.constantFrom(...PROTO_NAMES, 'exit', '', 'a.b', '名称') }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('scale' as const), at: fc.nat(), factor: fc.constantFrom(-1, 0, 1e-12, 0.001, 10, 1000, 1e6, 1e12, 1e300) }) },
);

function parentOf(doc: Json, p: Path): { parent: Record<string | number, Json>; key: string | number } | undefined {
  let v = doc;
  for (let i = 0; i < p.length - 1; i++) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, Json>)[p[i]];
  }
  if (v === null || typeof v !== 'object') return undefined;
  return { parent: v as Record<string | number, Json>, key: p[p.length - 1] };
}

/** Renames every station / department / class id (and each string equal to it) to `name`, keeping the document consistent. */
function renameIds(doc: Record<string, Json>, name: string): void {
  const lists = ['stations', 'departments', 'classes'];
  const olds = new Set<string>();
  for (const l of lists) {
    const list = doc[l];
    if (Array.isArray(list) && list.length > 0 && list[0] && typeof list[0] === 'object') {
      const first = list[0] as Record<string, Json>;
      if (typeof first.id === 'string') olds.add(first.id);
    }
  }
  const walk = (v: Json): Json => {
    if (typeof v === 'string') return olds.has(v) ? name : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const o: Record<string, Json> = {};
      for (const [k, x] of Object.entries(v)) Object.defineProperty(o, olds.has(k) ? name : k, { value: walk(x), enumerable: true, writable: true, configurable: true });
      return o;
    }
    return v;
  };
  const out = walk(doc) as Record<string, Json>;
  for (const k of Object.keys(doc)) delete doc[k];
  Object.assign(doc, out);
}

/** Applies `ops` to a deep copy of `base`; pure. */
export function mutate(base: Record<string, Json>, ops: Op[]): Record<string, Json> {
  const doc = structuredClone(base);
  for (const o of ops) {
    if (o.op === 'renameIds') {
      renameIds(doc, o.name);
      continue;
    }
    const paths = pathsOf(doc);
    if (paths.length === 0) continue;
    const p = paths[o.at % paths.length];
    const at = parentOf(doc, p);
    if (!at) continue;
    const { parent, key } = at;
    if (o.op === 'set') parent[key] = o.value;
    else if (o.op === 'delete') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
    } else if (o.op === 'scale') {
      const v = parent[key];
      if (typeof v === 'number') parent[key] = v * o.factor;
    } else {
      const target = parent[key];
      if (target !== null && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, o.key, { value: o.value, enumerable: true, writable: true, configurable: true });
      else if (Array.isArray(target)) target.push(o.value);
    }
  }
  return doc;
}

/** A document handed to the pipeline: an object, or its JSON text (sometimes with a BOM, sometimes cut short). */
export type FuzzInput = { text: string } | { object: Json };

/** Serialises a document as the CLI would read it, or leaves it an object as the editor hands it. */
export const asInput = (doc: Json): fc.Arbitrary<FuzzInput> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant({ object: doc }) },
    { weight: 3, arbitrary: fc.constant({ text: JSON.stringify(doc) ?? 'null' }) },
    { weight: 1, arbitrary: fc.constant({ text: `\uFEFF${JSON.stringify(doc) ?? 'null'}` }) },
    { weight: 1, arbitrary: fc.nat().map((n) => { const t = JSON.stringify(doc) ?? 'null'; return { text: t.slice(0, n % Math.max(1, t.length)) }; }) },
  );

/** Mutations of `base`: 1–4 operations. */
export const mutated = (base: Record<string, Json>): fc.Arbitrary<Record<string, Json>> =>
  fc.array(opArb, { minLength: 1, maxLength: 4 }).map((ops) => mutate(base, ops));

/** A wide or long network: `n` stations in a chain, a star or random routing, `k` classes. */
export const wideNetwork: fc.Arbitrary<Record<string, Json>> = fc
  .record({
    n: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.constantFrom(400, 800, 2000) }),
    k: fc.integer({ min: 1, max: 4 }),
    shape: fc.constantFrom('chain', 'star', 'random', 'loop'),
    p: fc.constantFrom(0, 0.5, 0.9, 0.999999, 1),
    seed: fc.nat(),
    ids: fc.constantFrom('plain', 'proto'),
  })
  .map(({ n, k, shape, p, seed, ids }) => {
    const id = (i: number) => (ids === 'proto' && i < PROTO_NAMES.length ? PROTO_NAMES[(i + 1) % PROTO_NAMES.length] === '__proto__' ? `s${i}` : PROTO_NAMES[(i + 1) % PROTO_NAMES.length] : `s${i}`);
    let r = seed;
    const rand = () => ((r = (r * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const routing: Record<string, Json> = {};
    for (let i = 0; i < n; i++) {
      const to =
        shape === 'chain' ? (i + 1 < n ? id(i + 1) : 'exit') :
        shape === 'star' ? (i === 0 && n > 1 ? id(1 + Math.floor(rand() * (n - 1))) : 'exit') :
        shape === 'loop' ? id(i) :
        id(Math.floor(rand() * n));
      routing[id(i)] = [{ to, p: shape === 'loop' || shape === 'random' ? p : 1 }];
    }
    return {
      type: 'onewindow/network',
      version: 1,
      name: `${shape} ${n}`,
      stop: { minutes: 60 },
      classes: Array.from({ length: k }, (_, c) => ({ id: c === 0 && ids === 'proto' ? 'constructor' : `c${c}`, arrivals: { to: id(0), interarrival: { dist: 'exponential', mean: 2 } } })),
      stations: Array.from({ length: n }, (_, i) => ({ id: id(i), servers: 2, service: { dist: 'exponential', mean: 1 } })),
      routing,
    };
  });

/** A timeline event of any kind with random fields. */
export const timelineEvent: fc.Arbitrary<Json> = fc.record(
  {
    kind: fc.constantFrom('department.station', 'authorisation.delegate', 'law.licensing', 'items.reduce', 'limits.compress', 'mechanism.enable', 'capacity.add', 'hall.build', 'demand.change', 'online.open', 'complaints.merge', 'service.add', 'milestone', 'nonsense', 'constructor'),
    year: fc.oneof(fc.integer({ min: 1995, max: 2030 }), weirdValue),
    factor: fc.oneof(fc.constantFrom(0.5, 2, 10, 1e-9), weirdValue),
    growth: fc.oneof(fc.constantFrom(-0.5, 0, 0.1, 1), weirdValue),
    department: fc.oneof(fc.constant('*'), weirdValue),
    stationing: fc.constantFrom('absent', 'reception', 'authorised', 'whole-unit', 'bureau', 'x'),
    windowFactor: fc.oneof(fc.constantFrom(1.25, 10, 1e6), weirdValue),
    windows: fc.oneof(fc.constantFrom(1, 100, 1e6), weirdValue),
    share: fc.oneof(fc.constantFrom(0, 0.5, 1), weirdValue),
  },
  { requiredKeys: ['kind', 'year'] },
);

/** A centre envelope with random top-level fields taken from `base` and given weird values. */
export const centreEnvelope = (base: Record<string, Json>): fc.Arbitrary<FuzzInput> =>
  fc
    .array(fc.tuple(fc.constantFrom(...Object.keys(base)), weirdValue), { maxLength: 6 })
    .map((fields) => ({ object: { ...base, ...Object.fromEntries(fields.filter(([k]) => k !== '__proto__')) } }));
