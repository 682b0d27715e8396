/**
 * The overload warning shown with a run (issue 9 point 7): every department's windows or back
 * office, or network station, whose offered load (computed by the engine before the run, from the
 * worker's validation) is ≥ 1 — named, with its load — and those near 1. Renders nothing when
 * every load is below 0.95.
 */
import type { LoadReport, OfferedLoad } from '../../engine/analytic/offeredLoad';
import { formatNumber } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { departmentInfo, departmentName } from './departmentResults';

const KEYS: Record<'over' | 'near', Record<OfferedLoad['where'], MessageKey>> = {
  over: { windows: 'overload.over.windows', backOffice: 'overload.over.backOffice', station: 'overload.over.station' },
  near: { windows: 'overload.near.windows', backOffice: 'overload.near.backOffice', station: 'overload.near.station' },
};

export function OverloadWarning({ report, scenario }: { report: LoadReport | undefined; scenario: unknown }) {
  const t = useT();
  const { locale } = useLocale();
  if (!report || (report.unstable.length === 0 && report.near.length === 0)) return null;
  const info = departmentInfo(scenario);
  const n = (x: number) => formatNumber(locale, x, 2);
  const name = (l: OfferedLoad) => {
    if (l.where === 'station') return t('overload.station', { id: l.id });
    if (l.shared) return t('overload.group', { id: l.id });
    return departmentName({ id: l.id, info: info.get(l.id) ?? {} }, locale);
  };
  const line = (l: OfferedLoad, near: boolean) =>
    t(KEYS[near ? 'near' : 'over'][l.where], { name: name(l), load: n(l.load), peak: n(l.peakLoad), servers: formatNumber(locale, l.servers, Number.isInteger(l.servers) ? 0 : 1) });
  return (
    <div className="overload-warning" aria-live="polite" data-testid="overload-warning">
      <strong>{t(report.unstable.length > 0 ? 'overload.title' : 'overload.titleNear')}</strong>
      <ul>
        {report.unstable.map((l) => (
          <li key={`${l.where}:${l.id}`} data-testid="overload-unstable" data-id={l.id} data-where={l.where}>
            {line(l, false)}
          </li>
        ))}
        {report.near.map((l) => (
          <li key={`${l.where}:${l.id}`} data-testid="overload-near" data-id={l.id} data-where={l.where}>
            {line(l, true)}
          </li>
        ))}
      </ul>
      <p className="form-hint">{t('overload.hint')}</p>
    </div>
  );
}
