/**
 * Geometry of a case-flow Sankey diagram, computed here rather than with d3-sankey: fixed
 * columns (entrance → window → where decided → result), nodes stacked in each column in the
 * given order with their height proportional to the cases through them, and between adjacent
 * columns one ribbon per (source, target, class) — the classes (e.g. at most one trip / two or
 * more) stacked inside each node so both stay visible. Nodes without cases are left out. Pure.
 */

/** A flow: the node it passes in each column (index into that column's node list), its class and its size. */
export interface SankeyFlow {
  path: readonly number[];
  cls: number;
  value: number;
}

export interface SankeyInput {
  /** node ids per column, in display order */
  columns: ReadonlyArray<readonly string[]>;
  flows: readonly SankeyFlow[];
  width: number;
  height: number;
  /** node bar width (default 14) and vertical gap between nodes (default 10) */
  nodeWidth?: number;
  nodePadding?: number;
  /** room above and below (default 8) */
  margin?: number;
}

export interface SankeyNode {
  id: string;
  column: number;
  /** index in its column's list */
  index: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SankeyLink {
  /** node keys `column:index` */
  source: string;
  target: string;
  sourceId: string;
  targetId: string;
  column: number;
  cls: number;
  value: number;
  /** ribbon outline (SVG path) */
  d: string;
  /** ribbon ends: x at the source and at the target */
  x0: number;
  x1: number;
  /** ribbon ends: y extents at the source and at the target */
  y0: [number, number];
  y1: [number, number];
}

export interface SankeyLayout {
  width: number;
  height: number;
  total: number;
  nodes: SankeyNode[];
  links: SankeyLink[];
}

const px = (v: number) => Math.round(v * 100) / 100;

/** Lays out the Sankey; every column's node values sum to the total of the flows. Pure. */
export function sankeyLayout(input: SankeyInput): SankeyLayout {
  const { columns, flows, width, height } = input;
  const nodeWidth = input.nodeWidth ?? 14;
  const padding = input.nodePadding ?? 10;
  const margin = input.margin ?? 8;
  const C = columns.length;
  const total = flows.reduce((a, f) => a + (f.value > 0 ? f.value : 0), 0);
  // node values
  const value = columns.map((ids) => new Array<number>(ids.length).fill(0));
  for (const f of flows) if (f.value > 0) f.path.forEach((n, c) => (value[c][n] += f.value));
  // a scale that lets the fullest column fit with its gaps
  const used = value.map((vs) => vs.filter((v) => v > 0).length);
  const maxGaps = Math.max(0, ...used.map((u) => u - 1));
  const k = total > 0 ? Math.max(0, height - 2 * margin - maxGaps * padding) / total : 0;
  const colX = (c: number) => (C <= 1 ? 0 : ((width - nodeWidth) * c) / (C - 1));
  const nodes: SankeyNode[] = [];
  const nodeAt = new Map<string, SankeyNode>();
  columns.forEach((ids, c) => {
    // centre each column vertically
    const h = value[c].reduce((a, v) => a + v * k, 0) + Math.max(0, used[c] - 1) * padding;
    let y = margin + (height - 2 * margin - h) / 2;
    ids.forEach((id, i) => {
      const v = value[c][i];
      if (!(v > 0)) return;
      const node: SankeyNode = { id, column: c, index: i, value: v, x: px(colX(c)), y: px(y), width: nodeWidth, height: px(v * k) };
      nodes.push(node);
      nodeAt.set(`${c}:${i}`, node);
      y += v * k + padding;
    });
  });
  // link values between adjacent columns, by (source, target, class)
  const links: SankeyLink[] = [];
  for (let c = 0; c + 1 < C; c++) {
    const agg = new Map<string, { s: number; t: number; cls: number; value: number }>();
    for (const f of flows) {
      if (!(f.value > 0)) continue;
      const key = `${f.path[c]}>${f.path[c + 1]}>${f.cls}`;
      const a = agg.get(key);
      if (a) a.value += f.value;
      else agg.set(key, { s: f.path[c], t: f.path[c + 1], cls: f.cls, value: f.value });
    }
    const list = [...agg.values()];
    // out of a node: by target order, then class; into a node: by source order, then class
    const outOff = new Map<number, number>();
    const inOff = new Map<number, number>();
    const outOrder = [...list].sort((a, b) => a.s - b.s || a.t - b.t || a.cls - b.cls);
    const y0 = new Map<(typeof list)[number], number>();
    for (const l of outOrder) {
      const src = nodeAt.get(`${c}:${l.s}`)!;
      const o = outOff.get(l.s) ?? 0;
      y0.set(l, src.y + o);
      outOff.set(l.s, o + l.value * k);
    }
    const inOrder = [...list].sort((a, b) => a.t - b.t || a.s - b.s || a.cls - b.cls);
    for (const l of inOrder) {
      const src = nodeAt.get(`${c}:${l.s}`)!;
      const dst = nodeAt.get(`${c + 1}:${l.t}`)!;
      const o = inOff.get(l.t) ?? 0;
      const h = l.value * k;
      const a0 = y0.get(l)!;
      const b0 = dst.y + o;
      inOff.set(l.t, o + h);
      const xs = src.x + nodeWidth;
      const xt = dst.x;
      const xm = (xs + xt) / 2;
      const d = `M${px(xs)},${px(a0)}C${px(xm)},${px(a0)} ${px(xm)},${px(b0)} ${px(xt)},${px(b0)}L${px(xt)},${px(b0 + h)}C${px(xm)},${px(b0 + h)} ${px(xm)},${px(a0 + h)} ${px(xs)},${px(a0 + h)}Z`;
      links.push({
        source: `${c}:${l.s}`,
        target: `${c + 1}:${l.t}`,
        sourceId: src.id,
        targetId: dst.id,
        column: c,
        cls: l.cls,
        value: l.value,
        d,
        x0: px(xs),
        x1: px(xt),
        y0: [px(a0), px(a0 + h)],
        y1: [px(b0), px(b0 + h)],
      });
    }
  }
  links.sort((a, b) => a.column - b.column || a.cls - b.cls || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return { width, height, total, nodes, links };
}
