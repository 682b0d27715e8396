import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import { CENTRE_TYPE_IDS, STAGE_IDS, type StageId } from '../../src/domain/vocabulary';
import { DEFAULT_CASE, type CaseAttributes } from '../../models/centreTypes/caseJourney';
import { CENTRE_TYPES } from '../../models/centreTypes/registry';
import { compileRoutingTable } from '../../models/centreTypes/routingTable';
import { fiveFunctionsMachine } from '../../models/functions/fiveFunctionsMachine';
import { stageMachine } from '../../models/stages/stageMachine';
import { outlineOf, type StateOutline } from '../../models/text/outline';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { translate, type MessageKey } from '../../src/ui/i18n/messages';
import { caseGuardHolds, edgeLabel, guardKey, stageEvidence } from '../../src/ui/views/learn/diagram/conditions';
import { edgesFrom, machineGraph } from '../../src/ui/views/learn/diagram/machineGraph';
import { elkInput, fromElk, layoutDiagram, wrapText } from '../../src/ui/views/learn/diagram/diagramLayout';
import { nextEvent } from '../../src/ui/views/learn/caseModel';
import { learnStart, stepToward, type LearnPoint } from '../../src/ui/views/learn/stageSteps';

const machines: Array<[string, AnyStateMachine]> = [
  ['stage', stageMachine],
  ['fiveFunctions', fiveFunctionsMachine],
  ...CENTRE_TYPE_IDS.map((id): [string, AnyStateMachine] => [id, CENTRE_TYPES[id].machine]),
];
const all = (o: StateOutline): StateOutline[] => o.children.flatMap((c) => [c, ...all(c)]);
const tEn = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const tZh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);

describe('each drawing shows its machine: every state and every transition', () => {
  it.each(machines)('%s: one node per state, one edge per transition target, nothing else', (_id, machine) => {
    const outline = outlineOf(machine);
    const states = all(outline);
    const graph = machineGraph(machine);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(states.map((s) => s.id).sort());
    // each transition of the machine, as (source, event, condition, target), against the drawn edges
    const key = (source: string, event: string, guard: string | null, target: string) => `${source}|${event}|${guard}|${target}`;
    const expected: string[] = [];
    for (const s of states) {
      const parent = states.find((p) => p.children.includes(s)) ?? outline;
      for (const tr of s.transitions) for (const target of tr.targets) expected.push(key(s.id, tr.event, tr.guard, parent.children.find((c) => c.key === target)!.id));
    }
    expect(graph.edges.map((e) => key(e.source, e.event, e.guard, e.target)).sort()).toEqual(expected.sort());
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    // targetless transitions (actions only) are named on their state or on the machine
    const internal = states.flatMap((s) => s.transitions.filter((tr) => tr.targets.length === 0).map((tr) => `${s.id}|${tr.event}`));
    expect(graph.nodes.flatMap((n) => n.internalEvents.map((e) => `${n.id}|${e}`)).sort()).toEqual(internal.sort());
    expect(graph.rootEvents).toEqual(outline.transitions.filter((tr) => tr.targets.length === 0).map((tr) => tr.event));
  });

  it.each(machines)('%s: every state and arrow has text in both languages, with no developer words', (_id, machine) => {
    const graph = machineGraph(machine);
    for (const n of graph.nodes) {
      expect(n.meta?.zh, n.id).toMatch(/[\u4e00-\u9fff]/);
      expect(n.meta?.en, n.id).toBeTruthy();
    }
    for (const e of graph.edges) {
      const g = guardKey(e.guard);
      if (g) {
        expect(en, e.guard!).toHaveProperty([g.key]);
        expect(zhCN, e.guard!).toHaveProperty([g.key]);
      }
      expect(en).toHaveProperty([`event.${e.event}`]);
      for (const t of [tEn, tZh]) {
        const label = edgeLabel(e, graph.edges, t);
        expect(label.length, e.id).toBeGreaterThan(0);
        expect(label).not.toMatch(/guard|transition|xstate|\bis[A-Z]|\{|undefined/i);
      }
    }
  });

  it.each(machines)('%s: ELK places every state and routes every arrow, no two sibling states overlap', async (_id, machine) => {
    const graph = machineGraph(machine);
    const text = { node: (id: string) => graph.nodes.find((n) => n.id === id)!.meta!.zh, edge: (id: string) => edgeLabel(graph.edges.find((e) => e.id === id)!, graph.edges, tZh) };
    const layout = await layoutDiagram(graph, text);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(layout.edges.map((e) => e.id).sort()).toEqual(graph.edges.map((e) => e.id).sort());
    for (const e of layout.edges) expect(e.path).toMatch(/^M[\d.-]+,[\d.-]+(L[\d.-]+,[\d.-]+)+$/);
    const parent = new Map(graph.nodes.map((n) => [n.id, n.parent]));
    for (const a of layout.nodes) {
      expect(a.width * a.height, a.id).toBeGreaterThan(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width + 1);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height + 1);
      for (const b of layout.nodes) {
        if (a === b || parent.get(a.id) !== parent.get(b.id)) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });
});

describe('diagram text layout', () => {
  it('wraps Chinese between characters and English between words, keeping every character', () => {
    const zh = '申请人再跑部门本部（两头办理）';
    expect(wrapText(zh, 15, 100).join('')).toBe(zh);
    expect(wrapText(zh, 15, 100).length).toBeGreaterThan(1);
    const words = 'the applicant must also go to headquarters';
    expect(wrapText(words, 15, 120).join(' ')).toBe(words);
  });

  it('builds the ELK hierarchy: the five functions are five regions with three states each', () => {
    const g = machineGraph(fiveFunctionsMachine);
    const input = elkInput(g, { node: (id) => id, edge: (id) => id });
    expect(input.children).toHaveLength(5);
    for (const region of input.children!) expect(region.children).toHaveLength(3);
    expect(fromElk({ id: '__root', width: 10, height: 10 }, { node: (id) => id, edge: (id) => id })).toEqual({ width: 10, height: 10, nodes: [], edges: [] });
  });
});

describe('stepping the stage machine as the trainer does', () => {
  it('every arrow’s button reaches its target, from the baseline up to stage 3 and back down', () => {
    const graph = machineGraph(stageMachine);
    let p: LearnPoint = learnStart();
    const visit = (point: LearnPoint, seen: Set<StageId>) => {
      const from = point.stage.value as StageId;
      seen.add(from);
      for (const e of edgesFrom(graph, `stage.${from}`)) {
        const target = e.target.slice('stage.'.length) as StageId;
        const next = stepToward(point, target);
        expect(next.stage.value, `${from} → ${target}`).toBe(target);
        if (!seen.has(target)) visit(next, seen);
      }
    };
    const seen = new Set<StageId>();
    visit(p, seen);
    expect([...seen].sort()).toEqual([...STAGE_IDS].sort());
    for (const target of ['stage1', 'stage2', 'stage3'] as const) p = stepToward(p, target);
    expect(p.stage.value).toBe('stage3');
    // the evidence for the stage-3 condition is all met there
    expect(stageEvidence('qualifiesForStage3', p.stage.context, tEn, 'en').every((l) => l.met)).toBe(true);
    expect(stageEvidence('not(qualifiesForStage1)', learnStart().stage.context, tEn, 'en')[0].met).toBe(false);
  });
});

describe('the arrow the diagram marks as next is the one the machine takes', () => {
  const cases: CaseAttributes[] = [
    DEFAULT_CASE,
    { ...DEFAULT_CASE, stationing: 'reception', needsHeadquartersVisit: true, itemClass: 'linked' },
    { ...DEFAULT_CASE, channel: 'online', needsVerificationVisit: true, materialsComplete: false, mechanisms: { ...DEFAULT_CASE.mechanisms, acceptWithGaps: true, delivery: true } },
    { ...DEFAULT_CASE, itemClass: 'onTheSpot', materialsComplete: false, mechanisms: { ...DEFAULT_CASE.mechanisms, firstInquiry: true } },
    { ...DEFAULT_CASE, service: 'complaint', complaintFunctionInCentre: true },
    { ...DEFAULT_CASE, service: 'trading' },
    { ...DEFAULT_CASE, service: 'counter', itemClass: 'referred' },
  ];
  it.each(CENTRE_TYPE_IDS)('%s', (type) => {
    const machine = CENTRE_TYPES[type].machine;
    const graph = machineGraph(machine);
    const profile = CENTRE_TYPES[type].profile;
    expect(compileRoutingTable(machine).paths.length).toBeGreaterThan(0);
    for (const c0 of cases) {
      const c = { ...c0, stationing: profile.stationings.includes(c0.stationing) ? c0.stationing : profile.stationings[0], service: profile.services.includes(c0.service) ? c0.service : 'approval' };
      let [snap] = initialTransition(machine, c);
      for (let i = 0; i < 30 && snap.status !== 'done'; i++) {
        const state = snap.value as unknown as string;
        const event = nextEvent(machine, state)!;
        const choices = edgesFrom(graph, `${machine.id}.${state}`).filter((e) => e.event === event);
        const taken = choices.find((e) => caseGuardHolds(machine, e.guard, snap.context, { type: event }));
        [snap] = transition(machine, snap, { type: event } as never);
        expect(taken?.target, `${type} ${state}`).toBe(`${machine.id}.${snap.value as unknown as string}`);
      }
      expect(snap.status).toBe('done');
    }
  });
});

describe('conditions read the same in a production build', () => {
  it('names not()/and() by what they are, not by the (minifiable) function name', async () => {
    const { not, and } = await import('xstate');
    const { describeGuard } = await import('../../models/text/outline');
    const g = not('qualifiesForStage1');
    Object.defineProperty(g, 'name', { value: 'n' });
    const h = and(['a', 'b']);
    Object.defineProperty(h, 'name', { value: 'r' });
    expect(describeGuard(g as never)).toBe('not(qualifiesForStage1)');
    expect(describeGuard(h as never)).toBe('and(a, b)');
  });
});
