/** `onewindow validate FILE`: load and validate a scenario without running it. */
import type { Command } from './command';
import { writeStdout } from './command';
import { InputError } from './errors';
import { loadScenarioFile } from './scenarioFile';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a scenario file against the schema',
  usage: 'onewindow validate FILE',
  description:
    'Reads FILE, migrates and validates it, and prints `ok: <name> (<type> v<version>)`. An invalid file\n' +
    'exits with code 2 and one line naming the file, the field path and the rule.',
  options: [],
  maxPositionals: 1,
  async run(args) {
    const file = args.positionals[0];
    if (file === undefined) throw new InputError('validate needs a scenario file (see onewindow validate --help)');
    const { scenario } = loadScenarioFile(file);
    const version = (scenario as { version?: unknown }).version;
    await writeStdout(`ok: ${scenario.name} (${scenario.type}${version === undefined ? '' : ` v${String(version)}`})\n`);
    return 0;
  },
};
