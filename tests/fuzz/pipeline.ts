/**
 * The pipeline the fuzz tests drive, the same entry the CLI uses: JSON text → parse (parseJsonText)
 * → load and compile (validateScenario) → the overload report (warnOverload) → a run. Judges each
 * document: refused with one readable line naming a field and a rule, or accepted and run to the
 * end; anything else (an internal error, a stack trace) is returned as a failure.
 */
import { InputError, MAX_ERROR_LINE } from '../../src/cli/errors';
import { parseJsonText, validateScenario } from '../../src/cli/scenarioFile';
import { loadCentre } from '../../src/cli/projectionTasks';
import { prepareReplications } from '../../src/engine/run/runReplications';
import { overloadOf } from '../../src/engine/run/overload';
import { summarise } from '../../src/engine/run/summarise';
import { estimateRun } from '../../src/engine/scenario/estimateRun';
import { projectReplications } from '../../src/engine/projection/project';
import type { NetworkScenario } from '../../src/engine/scenario/networkSchema';
import { engineModels } from '../../models/centreTypes/centreModels';
import { projectionModels } from '../../models/programmes/projectionModels';
import type { FuzzInput } from './fuzzDocs';

/** What happened to one document. */
export type Verdict =
  | { kind: 'refused'; message: string }
  | { kind: 'accepted'; ran: 'as-is' | 'shrunk' | 'not-run' }
  | { kind: 'failure'; why: string };

/** How much of an accepted document to run. */
export interface RunPolicy {
  /** run a network as written when it is expected to need at most this many events per replication */
  networkEventsAsIs: number;
  /** run a centre scenario (1 simulated day); false: load, compile and overload only */
  runCentre: boolean;
  /** project a centre's timeline (2 years, 1 sampled day, 1 trajectory) */
  runProjection: boolean;
}

const FILE = 'fuzz.scenario.json';
/** `<file>: invalid <path>: <rule>, got <value>`, or a JSON error with its position. */
const LINE = /^fuzz\.scenario\.json: (invalid .+: .+, got .+|invalid JSON: .+)$/s;

/** A refusal is good when it is one line, readable, naming field and rule. */
export function judgeRefusal(e: unknown): Verdict {
  if (!(e instanceof InputError)) return { kind: 'failure', why: `not an input error: ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 300)}\n${e.stack?.split('\n').slice(1, 4).join('\n')}` : String(e)}` };
  const m = e.message;
  if (m.includes('\n')) return { kind: 'failure', why: `more than one line: ${m.slice(0, 200)}` };
  if (m.length > MAX_ERROR_LINE) return { kind: 'failure', why: `longer than ${MAX_ERROR_LINE}: ${m.length} characters` };
  if (!LINE.test(m)) return { kind: 'failure', why: `not "invalid <path>: <rule>, got <value>": ${m}` };
  return { kind: 'refused', message: m };
}

/** Loads, compiles and (per `policy`) runs one fuzzed document; never throws. */
export function judge(input: FuzzInput, policy: RunPolicy): Verdict {
  let scenario;
  let doc: unknown;
  try {
    doc = 'text' in input ? parseJsonText(FILE, input.text) : input.object;
    scenario = validateScenario(FILE, doc);
  } catch (e) {
    return judgeRefusal(e);
  }
  try {
    overloadOf(scenario, engineModels);
    if (scenario.type === 'onewindow/network') {
      const net = scenario as NetworkScenario;
      if (estimateRun(net).events <= policy.networkEventsAsIs) {
        runOne(scenario);
        return { kind: 'accepted', ran: 'as-is' };
      }
      return runShrunk(doc, (d) => ({ ...d, stop: { customers: 50 }, warmup: { minutes: 0 } }), policy.networkEventsAsIs);
    }
    const centre = loadCentre(doc);
    if (policy.runProjection && centre.timeline !== undefined) {
      const start = centre.projection?.startYear ?? centre.year;
      const small = { ...(doc as Record<string, unknown>), projection: { ...centre.projection, startYear: start, endYear: Math.min(2100, start + 1), sampledDays: 1, warmupDays: 0 } };
      let s2;
      try {
        s2 = loadCentre(small);
      } catch (e) {
        return judgeRefusal(new InputError(`${FILE}: ${(e as Error).message}`));
      }
      projectReplications(s2, { from: 0, to: 1, models: projectionModels });
      return { kind: 'accepted', ran: 'shrunk' };
    }
    if (!policy.runCentre) return { kind: 'accepted', ran: 'not-run' };
    return runShrunk(doc, (d) => ({ ...d, simulation: { days: 1, warmupDays: 0 } }), Infinity);
  } catch (e) {
    return { kind: 'failure', why: `accepted, then: ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 300)}\n${e.stack?.split('\n').slice(1, 5).join('\n')}` : String(e)}` };
  }
}

function runOne(scenario: ReturnType<typeof validateScenario>): void {
  const run = prepareReplications(scenario, engineModels);
  summarise(scenario, [run(0)]);
}

/** Runs a smaller copy (fewer customers or days); a refusal of the copy is judged like any other. */
function runShrunk(doc: unknown, shrink: (d: Record<string, unknown>) => Record<string, unknown>, maxEvents: number): Verdict {
  let s;
  try {
    s = validateScenario(FILE, shrink(doc as Record<string, unknown>));
  } catch (e) {
    return judgeRefusal(e);
  }
  // still long (a routing loop of 10⁶ visits a case): bounded by the load-time estimate, not run here
  if (s.type === 'onewindow/network' && estimateRun(s as NetworkScenario).events > maxEvents) return { kind: 'accepted', ran: 'not-run' };
  try {
    runOne(s);
  } catch (e) {
    // a replication that outruns stop.maxEvents is refused as input (exit 2), not a crash
    if (e instanceof Error && e.name === 'ScenarioError' && e.message.startsWith('invalid stop.maxEvents')) return { kind: 'refused', message: e.message };
    throw e;
  }
  return { kind: 'accepted', ran: 'shrunk' };
}
