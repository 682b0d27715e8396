/** Download the results (CSV, JSON) or the scenario that produced them, or print the page. */
import type { RunSummary } from '../../engine/types';
import { useLocale, useT } from '../i18n/I18nProvider';
import { kpiUnitText } from '../kpis/kpiLabel';
import { downloadText } from './download';
import { fileStem, summaryCsv, summaryJson } from './summaryExport';

export interface ResultActionsProps {
  summary: RunSummary;
  labelOf: (metric: string) => string;
  theoryOf?: (metric: string) => number | undefined;
  /** the scenario JSON of the run, if known */
  scenario?: unknown;
  /** keep this run as the baseline the next runs are compared with */
  onPin?: () => void;
  /** drop the baseline (shown when there is one) */
  onClearBaseline?: () => void;
}

export function ResultActions({ summary, labelOf, theoryOf, scenario, onPin, onClearBaseline }: ResultActionsProps) {
  const t = useT();
  const { locale } = useLocale();
  const stem = fileStem(summary.name);
  return (
    <div className="result-actions" role="group" aria-label={t('export.label')}>
      <button type="button" className="button button-small" onClick={() => downloadText(`${stem}-results.csv`, summaryCsv(summary, labelOf, theoryOf, (metric) => kpiUnitText(locale, metric)), 'text/csv;charset=utf-8')}>
        {t('export.csv')}
      </button>
      <button type="button" className="button button-small" onClick={() => downloadText(`${stem}-results.json`, summaryJson(summary, scenario), 'application/json')}>
        {t('export.json')}
      </button>
      {scenario !== undefined && (
        <button type="button" className="button button-small" onClick={() => downloadText(`${stem}.scenario.json`, JSON.stringify(scenario, null, 2) + '\n', 'application/json')}>
          {t('export.scenario')}
        </button>
      )}
      {onPin && (
        <button type="button" className="button button-small" onClick={onPin}>
          {t('baseline.pin')}
        </button>
      )}
      {onClearBaseline && (
        <button type="button" className="button button-small" onClick={onClearBaseline}>
          {t('baseline.clear')}
        </button>
      )}
      <button type="button" className="button button-small" onClick={() => window.print()}>
        {t('export.print')}
      </button>
    </div>
  );
}
