/**
 * `onewindow merge SHARD… [-o FILE]`: joins the shards of one sweep (`onewindow sweep --shard i/n`)
 * into the output the unsharded sweep writes, byte for byte; refuses shards of different sweeps,
 * a point in two shards, and missing points.
 */
import { readFileSync } from 'node:fs';
import type { Command } from './command';
import { InputError } from './errors';
import { emit } from './runCommand';
import { displayName } from './scenarioFile';
import { mergeShards, readCsvShard, readJsonShard } from './sweepOutput';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : (e.code ?? e.message);
    throw new InputError(`${displayName(file)}: cannot read file (${why})`);
  }
}

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'join the shards of a sweep (CSV or JSON) into the output of the unsharded sweep',
  usage: 'onewindow merge SHARD… [-o FILE]',
  description:
    'Reads the files that `onewindow sweep … --shard i/n` wrote (all CSV or all JSON) and writes what the\n' +
    'sweep without --shard writes, byte for byte, in the same format. Refuses (exit 2) shards of different\n' +
    'sweeps (another scenario, parameters, values, seed or replications: the sweep fingerprint differs),\n' +
    'a grid point in two shards, and missing points, naming them.',
  options: [{ name: 'out', kind: 'string', value: 'FILE', short: 'o', help: 'write the merged output to FILE' }],
  maxPositionals: 100_000,
  async run(args) {
    const files = args.positionals;
    if (files.length === 0) throw new InputError('merge needs the shard files (see onewindow merge --help)');
    const texts = files.map((f) => ({ file: displayName(f), text: readText(f).replace(/^\uFEFF/, '') }));
    const isJson = texts.map((t) => t.text.trimStart().startsWith('{'));
    if (isJson.some((j) => j !== isJson[0])) {
      const k = isJson.findIndex((j) => j !== isJson[0]);
      throw new InputError(`${texts[k].file} is ${isJson[k] ? 'JSON' : 'CSV'} but ${texts[0].file} is ${isJson[0] ? 'JSON' : 'CSV'}: merge shards of one format`);
    }
    const shards = texts.map((t) => (isJson[0] ? readJsonShard(t.file, t.text) : readCsvShard(t.file, t.text)));
    await emit(args, mergeShards(shards, isJson[0] ? 'json' : 'csv'));
    return 0;
  },
};
