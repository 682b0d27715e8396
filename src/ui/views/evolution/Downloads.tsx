/** Download a projection as JSON or CSV (the same shapes as `onewindow project --json|--csv`), made in the page: nothing is uploaded. */
import type { ProjectionResult } from '../../../client/simPool';
import { projectionCsv, projectionJson } from '../../../client/projectionExport';
import { useT } from '../../i18n/I18nProvider';

/** Saves `text` as a file through a temporary object URL (revoked right after). */
function save(text: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function Downloads({ result }: { result: ProjectionResult }) {
  const t = useT();
  const stem = `projection-${result.startYear}-${result.endYear}-seed${result.seed}`;
  return (
    <p className="downloads">
      <button type="button" data-testid="download-json" onClick={() => save(JSON.stringify(projectionJson(result), null, 2), 'application/json', `${stem}.json`)}>
        {t('evolution.download.json')}
      </button>{' '}
      <button type="button" data-testid="download-csv" onClick={() => save(projectionCsv(result), 'text/csv', `${stem}.csv`)}>
        {t('evolution.download.csv')}
      </button>
    </p>
  );
}
