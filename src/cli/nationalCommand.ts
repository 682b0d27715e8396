/** `onewindow national`: the national context (models/data/national.json) — every figure with its source. */
import { readFileSync } from 'node:fs';
import { flag } from './args';
import type { Command } from './command';
import { emit } from './runCommand';
import { table } from './format';

interface Figure {
  id: string;
  zh: string;
  en: string;
  value: number | number[];
  unit: string;
  share?: number;
  when: string;
  source: string;
}

/** The national figures file, parsed. */
export function readNational(): { figures: Figure[]; doingBusinessStartupDays?: { values: Record<string, number>; unit: string; source: string } } & Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../models/data/national.json', import.meta.url), 'utf8'));
}

export const nationalCommand: Command = {
  name: 'national',
  summary: 'print the national figures on service centres (2842 in 2009 …) with sources',
  usage: 'onewindow national [--json] [--out FILE]',
  description: 'Prints models/data/national.json: the paper’s national figures ([paper-national]) and the later ones of [national-scale], each with when and its source.',
  options: [
    { name: 'json', kind: 'boolean', help: 'print the file as one JSON object' },
    { name: 'out', kind: 'string', value: 'FILE', help: 'write the output to FILE' },
  ],
  maxPositionals: 0,
  async run(args) {
    const d = readNational();
    if (flag(args, 'json')) {
      await emit(args, JSON.stringify(d) + '\n');
      return 0;
    }
    const rows = d.figures.map((f) => [f.en, f.zh, Array.isArray(f.value) ? f.value.join(' / ') : f.value.toLocaleString('en-US'), f.share !== undefined ? `${(f.share * 100).toFixed(1)}%` : '', f.when, f.source]);
    const db = d.doingBusinessStartupDays;
    const dbLine = db ? `\nDoing Business start-up days: ${Object.entries(db.values).map(([k, v]) => `${k} ${v}`).join(' → ')} (${db.source})` : '';
    await emit(args, table(['figure', '中文', 'value', 'share', 'when', 'source'], rows, [0, 1, 4, 5]) + dbLine + '\n');
    return 0;
  },
};
