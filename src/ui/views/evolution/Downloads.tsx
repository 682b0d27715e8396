/** Download a projection as JSON or CSV (the same shapes as `onewindow project --json|--csv`), made in the page: nothing is uploaded. */
import type { ProjectionResult } from '../../../client/simPool';
import { projectionCsv, projectionJson } from '../../../client/projectionExport';
import { downloadText } from '../../export/download';
import { useT } from '../../i18n/I18nProvider';

export function Downloads({ result }: { result: ProjectionResult }) {
  const t = useT();
  const stem = `projection-${result.startYear}-${result.endYear}-seed${result.seed}`;
  return (
    <p className="downloads">
      <button type="button" data-testid="download-json" onClick={() => downloadText(`${stem}.json`, JSON.stringify(projectionJson(result), null, 2), 'application/json')}>
        {t('evolution.download.json')}
      </button>{' '}
      <button type="button" data-testid="download-csv" onClick={() => downloadText(`${stem}.csv`, projectionCsv(result), 'text/csv')}>
        {t('evolution.download.csv')}
      </button>
    </p>
  );
}
