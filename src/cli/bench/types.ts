/** The shape of a bench case: adding one is writing a BenchCase and listing it in cases.ts. */

export interface Target {
  op: '>=' | '<=';
  value: number;
}

export interface Metric {
  name: string;
  value: number;
  unit: string;
  target?: Target;
  note?: string;
}

export interface BenchContext {
  /** small sizes (for tests and smoke runs); the figures are then not meaningful */
  quick: boolean;
  /** metrics of the cases already run, keyed `<caseId>.<metric name>` */
  results: Map<string, number>;
  /** a progress note (stderr, TTY only) */
  log(message: string): void;
}

export interface BenchCase {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<Metric[]>;
}

export function meets(m: Metric): boolean | undefined {
  if (!m.target) return undefined;
  return m.target.op === '>=' ? m.value >= m.target.value : m.value <= m.target.value;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
