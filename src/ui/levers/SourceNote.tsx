/** Where a registry parameter's default comes from: its source, or "assumption"; and whether it was tuned. */
import { useT } from '../i18n/I18nProvider';
import { specOf } from './leverRules';

export function SourceNote({ path }: { path: string }) {
  const t = useT();
  const spec = specOf(path);
  if (!spec) return null;
  const assumption = spec.source === 'assumption';
  return (
    <>
      <span className={assumption ? 'lever-source lever-assumption' : 'lever-source'} title={spec.note ?? spec.source} data-source={assumption ? 'assumption' : 'source'}>
        {assumption ? t('lever.assumption') : t('lever.source', { source: spec.source })}
      </span>
      {spec.tuned && (
        <span className="lever-source lever-tuned" title={spec.tuned} data-source="tuned">
          {t('lever.tuned')}
        </span>
      )}
    </>
  );
}
