/**
 * Why the browser refused to keep something (issue 12 point 3): its storage quota for the site is
 * full, or another refusal (private mode, a blocked or broken database). Pure.
 */
export type StorageFailure = { kind: 'quota' } | { kind: 'other'; detail: string };

/** Classify a rejected IndexedDB or localStorage write. Quota errors are DOMExceptions named `QuotaExceededError` (Firefox once used `NS_ERROR_DOM_QUOTA_REACHED`). */
export function storageFailure(error: unknown): StorageFailure {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return { kind: 'quota' };
  const message = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'other', detail: message.length > 160 ? `${message.slice(0, 159)}…` : message };
}
