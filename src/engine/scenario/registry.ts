/**
 * Scenario kinds, pluggable: each kind is {type → current version, migrations, schema, check,
 * compile}. `loadScenario` dispatches on the envelope's `type`. To add a kind (e.g.
 * `onewindow/centre`), write it beside this file, add it to `kinds.ts`, and extend the type map:
 *
 * ```ts
 * declare module './registry' { interface ScenarioTypeMap { 'onewindow/centre': CentreScenario } }
 * ```
 */
import type { z } from 'zod';
import type { NetworkScenario } from './networkSchema';
import type { CaseRecords } from '../des/records';
import type { DayProgressOptions, Metrics, ReplicationResult, RunSummary } from '../types';
import type { CentreModels } from '../centre/compileCentre';

/** The models a run is handed from models/ (the engine imports nothing from there); a kind reads what it needs. */
export interface EngineModels {
  /** the centre-type statecharts' routing tables and the integration index (onewindow/centre) */
  centre?: CentreModels;
}

/** Scenario type name → loaded scenario type. Extended by declaration merging (see above). */
export interface ScenarioTypeMap {
  'onewindow/network': NetworkScenario;
}

/** Any loaded scenario: a discriminated union on `type`. */
export type Scenario = ScenarioTypeMap[keyof ScenarioTypeMap];

/** A raw scenario document during migration. */
export type RawDocument = Record<string, unknown>;

/** What the engine runs for a scenario: a network plus optional per-replication bookkeeping. */
export interface CompiledScenario {
  /** the plain network to simulate (normalised) */
  network: NetworkScenario;
  /**
   * Optional: extra per-replication metrics read from the flat case records (e.g. trips per case,
   * deemed approvals); merged into the replication's `kpis`/`classes`. Must be pure.
   */
  extraMetrics?: (records: CaseRecords, network: NetworkScenario) => {
    kpis?: Metrics;
    classes?: Record<string, Metrics>;
    stations?: Record<string, Metrics>;
  };
}

/** A scenario kind: how to migrate, validate and compile documents of one `type`. */
export interface ScenarioKind<S extends { type: string } = Scenario> {
  type: S['type'];
  /** the version `loadScenario` upgrades every document to */
  currentVersion: number;
  /** migrations[v] turns a version-v document into a version-(v+1) one; pure */
  migrations: Record<number, (doc: RawDocument) => RawDocument>;
  /** structural validation + defaults (the normalise step) */
  schema: z.ZodType<S, z.ZodTypeDef, unknown>;
  /** cross-field rules; throws ScenarioError */
  check?: (s: S) => void;
  /** turns a loaded scenario into a network run; pure */
  compile: (s: S) => CompiledScenario;
  /**
   * optional own simulator (e.g. onewindow/centre), used instead of compile + DES: loads what it
   * needs from the models and compiles once, then runs replication after replication
   */
  prepare?: (s: S, models: EngineModels) => (replication: number, watch?: DayProgressOptions) => ReplicationResult;
  /** optional own summary, paired with `simulate` */
  summarise?: (s: S, reps: ReplicationResult[]) => RunSummary;
}

const kinds = new Map<string, ScenarioKind<{ type: string }>>();

/** Registers (or replaces) a scenario kind; mutates the module's registry. */
export function registerScenarioKind<S extends { type: string }>(kind: ScenarioKind<S>): void {
  kinds.set(kind.type, kind as unknown as ScenarioKind<{ type: string }>);
}

/** The kind registered for a type, or undefined; pure read. */
export function scenarioKind(type: string): ScenarioKind<{ type: string }> | undefined {
  return kinds.get(type);
}

/** The registered type names; pure read. */
export function scenarioTypes(): string[] {
  return [...kinds.keys()];
}
