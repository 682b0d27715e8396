/** Where a registry parameter's default comes from: its source note (opened inside the app), or "assumption"; and whether it was tuned. */
import { useT } from '../i18n/I18nProvider';
import { SourceLink } from '../sources/SourceText';
import { specOf } from './leverRules';

export function SourceNote({ path }: { path: string }) {
  const t = useT();
  const spec = specOf(path);
  if (!spec) return null;
  return (
    <>
      <SourceLink source={spec.source} />
      {spec.tuned && (
        <span className="lever-source lever-tuned" title={spec.tuned} data-source="tuned">
          {t('lever.tuned')}
        </span>
      )}
    </>
  );
}
