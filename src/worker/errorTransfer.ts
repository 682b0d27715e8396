/**
 * Errors thrown by a worker call keep their rule across the worker boundary. Comlink sends a
 * thrown Error as `{ message, name, stack }` only, and the caller's side rebuilds it with
 * `Object.assign(new Error(message), sent)`; this wraps Comlink's `throw` handler so a
 * ScenarioError or TimelineError also sends its `path`, `rule`, `code` and `params` (plain data),
 * which the caller's unchanged handler copies onto the Error it throws.
 */
import { transferHandlers, type TransferHandler } from 'comlink';

/** The fields of an engine refusal that cross with it. */
const RULE_FIELDS = ['path', 'rule', 'code', 'params'] as const;

/** Installs the wrapper once (in the worker, before `expose`); idempotent. */
export function keepErrorRules(): void {
  const base = transferHandlers.get('throw') as TransferHandler<{ value: unknown }, { isError: boolean; value: Record<string, unknown> }>;
  if ((base as { keepsRules?: boolean }).keepsRules) return;
  const wrapped: TransferHandler<{ value: unknown }, { isError: boolean; value: Record<string, unknown> }> & { keepsRules: true } = {
    keepsRules: true,
    canHandle: (v): v is { value: unknown } => base.canHandle(v),
    serialize(thrown) {
      const [sent, transferables] = base.serialize(thrown);
      const e = thrown.value;
      if (sent.isError && e instanceof Error && typeof (e as { code?: unknown }).code === 'string') {
        const extra: Record<string, unknown> = {};
        for (const k of RULE_FIELDS) if (k in e) extra[k] = (e as unknown as Record<string, unknown>)[k];
        return [{ isError: true, value: { ...sent.value, ...extra } }, transferables];
      }
      return [sent, transferables];
    },
    deserialize: (sent) => base.deserialize(sent),
  };
  transferHandlers.set('throw', wrapped);
}
