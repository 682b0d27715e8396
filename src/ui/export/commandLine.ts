/** The `onewindow` command lines the UI shows beside results (each view's "reproduce this run"). Pure. */

/** The CLI line that reruns one scenario file with a seed and a number of replications. */
export function runCommand(file: string, settings: { replications: number; seed: number }): string {
  return `npx onewindow run ${file} --replications ${settings.replications} --seed ${settings.seed}`;
}
