/** The national context (models/data/national.json): how many centres there were, with sources. */
import { formatInteger, formatNumber, formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { figureText, NATIONAL } from '../../sources/nationalFigures';
import { SourceText } from '../../sources/SourceText';

export function NationalPanel() {
  const t = useT();
  const { locale } = useLocale();
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
          {NATIONAL.map((f) => {
            const text = figureText(f, locale);
            return (
              <tr key={f.id} data-figure={f.id}>
                <th scope="row">{text.name}</th>
                <td>
                  {Array.isArray(f.value) ? f.value.map((v) => formatInteger(locale, v)).join(' / ') : figureValue(locale, f.value)}
                  {f.share !== undefined ? ` (${formatPercent(locale, f.share, 1)})` : ''}
                </td>
                <td>{text.when}</td>
                <td className="source">
                  <SourceText text={text.source} />
                </td>
              </tr>
            );
          })}
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
