/**
 * The `onewindow` CLI: dispatches to one command per file and maps failures to exit codes —
 * 2 with one `error:` line for bad input, 1 for internal failures, never a stack trace unless
 * ONEWINDOW_DEBUG is set.
 */
import { formatOptions, parseArgs } from './args';
import { benchCommand } from './bench';
import type { Command } from './command';
import { compareCommand } from './compareCommand';
import { EXIT_INPUT, EXIT_INTERNAL, InputError, isScenarioError, oneLine } from './errors';
import { runCommand } from './runCommand';
import { validateCommand } from './validateCommand';
import { projectCommand } from './projectCommand';
import { synergyCommand } from './synergyCommand';
import { nationalCommand } from './nationalCommand';
import { calibrateCommand } from './calibrateCommand';
import { sweepCommand } from './sweepCommand';
import { mergeCommand } from './mergeCommand';

export const commands: Command[] = [runCommand, compareCommand, validateCommand, benchCommand, projectCommand, synergyCommand, nationalCommand, calibrateCommand, sweepCommand, mergeCommand];

function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'onewindow (一窗) — simulate administrative service centres from the command line',
    '',
    'usage: onewindow <command> [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `onewindow <command> --help` for a command’s options.',
    'Exit codes: 0 ok, 1 internal failure, 2 bad input (one `error:` line on stderr).',
    '',
  ].join('\n');
}

export function commandHelp(c: Command): string {
  const opts = formatOptions(c.options);
  return `usage: ${c.usage}\n\n${c.description}\n\noptions:\n${opts}\n`;
}

/** Runs the CLI on `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  // a closed pipe (`onewindow run --csv | head`) is not a failure
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const target = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
      process.stdout.write(target ? commandHelp(target) : topHelp());
      return 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
      const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command '${name}'`;
      throw new InputError(`${what} (commands: ${commands.map((c) => c.name).join(', ')}; see onewindow --help)`);
    }
    const args = parseArgs(command.name, rest, command.options, command.maxPositionals);
    if (args.options.help) {
      process.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(args);
  } catch (err) {
    if (err instanceof InputError || isScenarioError(err)) {
      process.stderr.write(`error: ${oneLine(err.message)}\n`);
      return EXIT_INPUT;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    process.stderr.write(`internal error: ${oneLine(e.message)}${process.env.ONEWINDOW_DEBUG ? '' : ' (set ONEWINDOW_DEBUG=1 for details)'}\n`);
    if (process.env.ONEWINDOW_DEBUG) process.stderr.write(`${e.stack ?? ''}\n${(e as { workerStack?: string }).workerStack ?? ''}\n`);
    return EXIT_INTERNAL;
  }
}
