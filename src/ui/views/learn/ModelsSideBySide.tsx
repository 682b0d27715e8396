/** The five models side by side (placeholder until the runs are wired). */
export function ModelsSideBySide() {
  return null;
}
