/**
 * Lays a statechart graph out with ELK (the layered algorithm, as the Stately visualiser does):
 * sizes every state and transition label from its text, hands ELK the hierarchy (compound and
 * parallel states contain their children), and returns absolute positions and SVG paths for a
 * thin React component to draw. ELK runs in the page from the bundled build (no worker file, no
 * network), loaded only when a diagram is first drawn.
 */
import type { ElkExtendedEdge, ElkLabel, ElkNode } from 'elkjs/lib/elk-api';
import type { DiagramGraph } from './machineGraph';

/** Font sizes the drawing uses; the layout sizes boxes for them. */
export const DIAGRAM_FONT = { node: 15, edge: 13, lineHeight: 1.3 } as const;

const PAD = { x: 16, y: 8 };
const CONTAINER_HEADER = 30;

/** Approximate width of a text in px: CJK characters are one em, others about 0.56 em; pure. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.68 : 0.6;
  return w * fontSize;
}

/** Breaks a text into lines no wider than maxWidth (at spaces, or between CJK characters); pure. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f][，。、；：）」”]?|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && textWidth((line + tok).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

export interface PositionedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** has children drawn inside it (a compound state or a region) */
  container: boolean;
}
export interface PositionedLabel {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}
export interface PositionedEdge {
  id: string;
  /** SVG path through ELK's start, bend and end points */
  path: string;
  /** the end point and direction of the last segment, for the arrowhead */
  end: { x: number; y: number };
  label?: PositionedLabel;
}
export interface DiagramLayout {
  width: number;
  height: number;
  nodes: PositionedNode[];
  edges: PositionedEdge[];
}

/** The texts to size: a state's name and a transition's label, in the UI's language. */
export interface DiagramText {
  node: (id: string) => string;
  edge: (id: string) => string;
}

const NODE_MAX = 190;
const EDGE_MAX = 170;

/** The ELK input for a graph: sizes from the texts, hierarchy from the states, top-to-bottom layered layout; pure. */
export function elkInput(graph: DiagramGraph, text: DiagramText, direction: 'DOWN' | 'RIGHT' = 'DOWN'): ElkNode {
  const lh = (fs: number) => fs * DIAGRAM_FONT.lineHeight;
  const byParent = new Map<string | null, string[]>();
  for (const n of graph.nodes) byParent.set(n.parent, [...(byParent.get(n.parent) ?? []), n.id]);
  const parentOf = new Map(graph.nodes.map((n) => [n.id, n.parent]));
  const edgesIn = new Map<string | null, ElkExtendedEdge[]>();
  for (const e of graph.edges) {
    const container = parentOf.get(e.source) === parentOf.get(e.target) ? (parentOf.get(e.source) ?? null) : null;
    const label = text.edge(e.id);
    const lines = label ? wrapText(label, DIAGRAM_FONT.edge, EDGE_MAX) : [];
    const labels: ElkLabel[] = lines.length
      ? [{ id: `${e.id}:label`, text: lines.join('\n'), width: Math.max(...lines.map((l) => textWidth(l, DIAGRAM_FONT.edge))) + 8, height: lines.length * lh(DIAGRAM_FONT.edge) + 8 }]
      : [];
    edgesIn.set(container, [...(edgesIn.get(container) ?? []), { id: e.id, sources: [e.source], targets: [e.target], labels }]);
  }
  const build = (id: string): ElkNode => {
    const kids = byParent.get(id) ?? [];
    const label = text.node(id);
    if (kids.length) {
      const width = textWidth(label, DIAGRAM_FONT.node) + 2 * PAD.x;
      return {
        id,
        layoutOptions: { 'elk.padding': `[top=${CONTAINER_HEADER + 8},left=12,bottom=12,right=12]`, 'elk.nodeSize.minimum': `(${width},60)`, 'elk.nodeSize.constraints': 'MINIMUM_SIZE' },
        children: kids.map(build),
        edges: edgesIn.get(id) ?? [],
      };
    }
    const lines = wrapText(label, DIAGRAM_FONT.node, NODE_MAX);
    return {
      id,
      width: Math.max(64, Math.max(...lines.map((l) => textWidth(l, DIAGRAM_FONT.node))) + 2 * PAD.x),
      height: lines.length * lh(DIAGRAM_FONT.node) + 2 * PAD.y,
    };
  };
  return {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': graph.parallel ? 'RIGHT' : direction,
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.edgeEdge': '12',
      'elk.layered.spacing.edgeNodeBetweenLayers': '16',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
      ...(graph.parallel ? { 'elk.layered.spacing.nodeNodeBetweenLayers': '24' } : {}),
    },
    children: (byParent.get(null) ?? []).map(build),
    edges: edgesIn.get(null) ?? [],
  };
}

/** Turns ELK's output (coordinates relative to each container) into absolute shapes and paths; pure. */
export function fromElk(out: ElkNode, text: DiagramText): DiagramLayout {
  const nodes: PositionedNode[] = [];
  const edges: PositionedEdge[] = [];
  const offset = new Map<string, { x: number; y: number }>([['__root', { x: 0, y: 0 }]]);
  const walk = (n: ElkNode, ox: number, oy: number) => {
    for (const e of (n.edges ?? []) as ElkExtendedEdge[]) {
      const s = e.sections?.[0];
      if (!s) continue;
      const pts = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({ x: p.x + ox, y: p.y + oy }));
      const l = e.labels?.[0];
      edges.push({
        id: e.id,
        path: pts.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(''),
        end: pts[pts.length - 1],
        label: l ? { x: (l.x ?? 0) + ox, y: (l.y ?? 0) + oy, width: l.width ?? 0, height: l.height ?? 0, lines: (l.text ?? '').split('\n') } : undefined,
      });
    }
    for (const c of n.children ?? []) {
      const x = (c.x ?? 0) + ox;
      const y = (c.y ?? 0) + oy;
      offset.set(c.id, { x, y });
      const container = (c.children?.length ?? 0) > 0;
      nodes.push({
        id: c.id,
        x,
        y,
        width: c.width ?? 0,
        height: c.height ?? 0,
        lines: container ? [text.node(c.id)] : wrapText(text.node(c.id), DIAGRAM_FONT.node, NODE_MAX),
        container,
      });
      walk(c, x, y);
    }
  };
  walk(out, 0, 0);
  return { width: Math.ceil(out.width ?? 0), height: Math.ceil(out.height ?? 0), nodes, edges };
}

type ElkLike = { layout: (g: ElkNode) => Promise<ElkNode> };
let elk: Promise<ElkLike> | undefined;

/** Lays a graph out (ELK is loaded once, on first use). */
export async function layoutDiagram(graph: DiagramGraph, text: DiagramText, direction: 'DOWN' | 'RIGHT' = 'DOWN'): Promise<DiagramLayout> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default() as unknown as ElkLike);
  const out = await (await elk).layout(elkInput(graph, text, direction));
  return fromElk(out, text);
}
