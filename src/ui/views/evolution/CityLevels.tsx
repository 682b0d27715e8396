/** A city projection by level (municipal, district/county, township) in one year: centres, cases, lead time, trips. */
import type { ProjectionResult } from '../../../client/simPool';
import { formatInteger, formatNumber } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { kpiLabel } from '../../kpis/kpiLabel';

export function CityLevels({ result }: { result: ProjectionResult }) {
  const t = useT();
  const { locale } = useLocale();
  const last = result.years[result.years.length - 1];
  if (!result.centresByLevel || !last?.levels) return null;
  return (
    <div className="city-levels" data-testid="city-levels">
      <h3>{t('evolution.city.title', { year: last.year })}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('evolution.city.level')}</th>
            <th scope="col">{t('evolution.city.centres')}</th>
            <th scope="col">{kpiLabel(locale, 'annualCases')}</th>
            <th scope="col">{kpiLabel(locale, 'leadTimeDays')}</th>
            <th scope="col">{kpiLabel(locale, 'tripsPerCase')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(last.levels).map(([level, k]) => (
            <tr key={level} data-level={level}>
              <th scope="row">{t(`evolution.level.${level}` as MessageKey)}</th>
              <td>{formatInteger(locale, result.centresByLevel?.[level] ?? 0)}</td>
              <td>{formatInteger(locale, k.annualCases.mean)}</td>
              <td>{formatNumber(locale, k.leadTimeDays.mean, 2)}</td>
              <td>{formatNumber(locale, k.tripsPerCase.mean, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
