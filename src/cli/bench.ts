/** `onewindow bench`: the performance figures of the engine (a script, not a timed test). */
import { availableParallelism, cpus, platform, arch, loadavg, totalmem } from 'node:os';
import { flag, stringOption } from './args';
import type { Command } from './command';
import { writeStdout } from './command';
import { InputError } from './errors';
import { num, table } from './format';
import { benchCases } from './bench/cases';
import type { BenchContext, Metric } from './bench/types';
import { meets } from './bench/types';

export interface Machine {
  node: string;
  platform: string;
  cores: number;
  cpu: string;
  memoryGB: number;
  /** 1-minute load average when the bench started: above ~0 the machine is shared and figures drop */
  loadAverage: number;
}

export function machine(): Machine {
  return {
    node: process.version,
    platform: `${platform()} ${arch()}`,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}

function valueText(m: Metric): string {
  if (m.unit === 'events/s' && m.value >= 1e5) return `${(m.value / 1e6).toFixed(2)} M events/s`;
  if (m.unit === '×') return `${m.value.toFixed(2)}×`;
  if (m.unit === 'cores') return `${m.value.toFixed(2)} cores`;
  if (m.unit === '' && Number.isInteger(m.value)) return m.value.toLocaleString('en-US');
  if (m.unit === 'rep/s') return `${Math.round(m.value).toLocaleString('en-US')} rep/s`;
  return `${num(m.value)}${m.unit ? ` ${m.unit}` : ''}`;
}

function targetText(m: Metric): string {
  if (!m.target) return m.note ?? '';
  const t = `${m.target.op === '>=' ? '≥' : '≤'} ${m.target.value}${m.unit === '×' ? '×' : ` ${m.unit}`}`;
  return `${t} ${meets(m) ? 'ok' : 'MISSED'}${m.note ? `; ${m.note}` : ''}`;
}

export const benchCommand: Command = {
  name: 'bench',
  summary: 'measure the engine against a bare event loop; memory; replications/s on 1 and 2 threads; a Dalian year',
  usage: 'onewindow bench [--json] [--only ID[,ID…]] [--quick]',
  description:
    'Runs the bench cases in order and prints a table (or one JSON object): the bare M/M/10 loop (reference\n' +
    'ceiling), the engine on the same model with its records and statistics on, terminating service days on\n' +
    'one thread and on two workers, the Dalian projection, and a year of the Dalian 2009 centre on one thread\n' +
    `and on every core. Cases: ${benchCases.map((c) => c.id).join(', ')}.\n` +
    'JIT is warmed up before timing; each figure is the best of 3 runs, since other load on the machine only\n' +
    'slows a run down. Figures depend on the machine and its load: treat them as indicative.',
  options: [
    { name: 'json', kind: 'boolean', help: 'print one JSON object' },
    { name: 'only', kind: 'string', value: 'IDS', help: 'run only these cases (comma-separated ids)' },
    { name: 'quick', kind: 'boolean', help: 'small sizes, for smoke tests (figures not meaningful)' },
  ],
  maxPositionals: 0,
  async run(args) {
    const only = stringOption(args, 'only')?.split(',').map((s) => s.trim()).filter(Boolean);
    for (const id of only ?? []) {
      if (!benchCases.some((c) => c.id === id)) throw new InputError(`invalid --only: unknown bench case '${id}' (cases: ${benchCases.map((c) => c.id).join(', ')})`);
    }
    const json = flag(args, 'json');
    const ctx: BenchContext = {
      quick: flag(args, 'quick'),
      results: new Map(),
      log: (message) => {
        if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${message}`);
      },
    };
    const m = machine();
    const results: { id: string; title: string; metrics: Metric[] }[] = [];
    for (const c of benchCases) {
      if (only && !only.includes(c.id)) continue;
      ctx.log(`${c.id}…`);
      results.push({ id: c.id, title: c.title, metrics: await c.run(ctx) });
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
    if (json) {
      const cases = results.map((r) => ({ ...r, metrics: r.metrics.map((x) => ({ ...x, ok: meets(x) })) }));
      await writeStdout(JSON.stringify({ machine: m, quick: ctx.quick, cases }) + '\n');
      return 0;
    }
    const lines = [
      `onewindow bench — node ${m.node}, ${m.platform}, ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB${ctx.quick ? ' — QUICK: sizes reduced, figures not meaningful' : ''}`,
      `Figures are indicative: one run on one machine; load average at start ${m.loadAverage} on ${m.cores} cores${m.loadAverage > 0.5 ? ' (the machine is busy: figures are low)' : ''}.`,
    ];
    for (const r of results) {
      lines.push('', `${r.id}: ${r.title}`, table(['metric', 'value', 'target'], r.metrics.map((x) => [x.name, valueText(x), targetText(x)]), [0, 2]));
    }
    await writeStdout(lines.join('\n') + '\n');
    return 0;
  },
};
