/** The national context (models/data/national.json): how many centres there were, with sources. */
import national from '../../../../models/data/national.json';
import { formatInteger, formatNumber, formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';

interface Figure {
  id: string;
  zh: string;
  en: string;
  value: number | number[];
  share?: number;
  when: string;
  source: string;
}

export function NationalPanel() {
  const t = useT();
  const { locale } = useLocale();
  const figures = (national as { figures: Figure[] }).figures;
  return (
    <section className="card national-panel" aria-labelledby="national-title" data-testid="national-panel">
      <h2 id="national-title">{t('evolution.national.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('evolution.national.figure')}</th>
            <th scope="col">{t('evolution.national.value')}</th>
            <th scope="col">{t('evolution.national.when')}</th>
            <th scope="col">{t('evolution.national.source')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id} data-figure={f.id}>
              <th scope="row">{locale === 'zh-CN' ? f.zh : f.en}</th>
              <td>
                {Array.isArray(f.value) ? f.value.map((v) => formatInteger(locale, v)).join(' / ') : figureValue(locale, f.value)}
                {f.share !== undefined ? ` (${formatPercent(locale, f.share, 1)})` : ''}
              </td>
              <td>{f.when}</td>
              <td className="source">{f.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Counts grouped, shares below 1 as percentages, other fractions with one decimal. */
function figureValue(locale: 'zh-CN' | 'en', v: number): string {
  if (v < 1) return formatPercent(locale, v, 1);
  return Number.isInteger(v) ? formatInteger(locale, v) : formatNumber(locale, v, 1);
}
