/**
 * Undo and Redo for the shared draft, as buttons and as Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) while
 * this bar's view is the one shown (views stay mounted while hidden).
 */
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/I18nProvider';
import { redoDraft, undoDraft, useDraftHistory } from './useLeverDraft';

export function UndoBar() {
  const t = useT();
  const { canUndo, canRedo } = useDraftHistory();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      // only the visible view's bar answers (hidden views stay mounted)
      if (!ref.current || ref.current.offsetParent === null) return;
      const done = key === 'y' || e.shiftKey ? redoDraft() : undoDraft();
      if (done) e.preventDefault();
    };
    globalThis.addEventListener('keydown', onKey);
    return () => globalThis.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="undo-bar" ref={ref} role="group" aria-label={`${t('editor.undo')} / ${t('editor.redo')}`}>
      <button type="button" className="button button-small" disabled={!canUndo} onClick={() => undoDraft()} aria-keyshortcuts="Control+Z" title={t('editor.undoHint')}>
        ↶ {t('editor.undo')}
      </button>
      <button type="button" className="button button-small" disabled={!canRedo} onClick={() => redoDraft()} aria-keyshortcuts="Control+Shift+Z" title={t('editor.undoHint')}>
        ↷ {t('editor.redo')}
      </button>
    </div>
  );
}
