/**
 * Exit codes and the one error the CLI reports as the user's fault. Everything else that escapes
 * a command is an internal failure (exit 1).
 */

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;

/**
 * Bad input: an unreadable file, bad JSON, an invalid scenario, an unknown command or flag.
 * Its message is printed as exactly one line, `error: <message>`, with no stack trace.
 */
export class InputError extends Error {
  override name = 'InputError';
}

/** The shape of the engine's ScenarioError (`invalid <path>: <rule>, got <value>`), duck-typed. */
export interface ScenarioErrorLike {
  name: string;
  message: string;
  path: string;
  rule: string;
}

export function isScenarioError(err: unknown): err is ScenarioErrorLike {
  return (
    err instanceof Error &&
    err.name === 'ScenarioError' &&
    typeof (err as Partial<ScenarioErrorLike>).path === 'string'
  );
}

/** Longest line the CLI prints for an error (issue 12: messages of 10 MB on one line). */
export const MAX_ERROR_LINE = 400;

/** Collapses a message to one line of at most MAX_ERROR_LINE characters, so stderr never gets more than one readable line. */
export function oneLine(message: string): string {
  const line = message.replace(/\s*\n\s*/g, '; ').trim();
  return line.length > MAX_ERROR_LINE ? `${line.slice(0, MAX_ERROR_LINE - 3)}...` : line;
}
