/** What a CLI subcommand is: its help and its action. */
import type { OptionSpec, ParsedArgs } from './args';

export interface Command {
  name: string;
  /** one line for the top-level help */
  summary: string;
  /** usage line(s), e.g. `onewindow run [FILE] [options]` */
  usage: string;
  /** a paragraph after the usage */
  description: string;
  options: OptionSpec[];
  maxPositionals: number;
  /** returns the exit code */
  run(args: ParsedArgs): Promise<number>;
}

/** Writes to stdout; resolves when flushed so large outputs are not cut off by the exit. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}

/** A progress line on stderr, only when stderr is a terminal; returns a function that clears it. */
export function progressReporter(label: string): { update(done: number, total: number): void; clear(): void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      process.stderr.write(`\r${label}: ${done}/${total} replications`);
    },
    clear() {
      process.stderr.write('\r\x1b[2K');
    },
  };
}
