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

/** Collapses a message to one line so stderr never gets more than one. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, '; ').trim();
}
