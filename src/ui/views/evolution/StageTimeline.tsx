/** The stage of each year as a strip, with the five functions' levels and the events of each year and the paper's sentence. */
import type { ProjectionResult } from '../../../client/simPool';
import { readableZh } from '../../../../models/text/readable';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { FUNCTION_IDS, FUNCTION_LEVEL_TERMS, FUNCTION_TERMS, STAGE_TERMS } from '../../../domain/vocabulary';
import { term } from '../../i18n/term';

export function StageTimeline({ result }: { result: ProjectionResult }) {
  const t = useT();
  const { locale } = useLocale();
  const withEvents = result.years.filter((y) => y.events.length > 0);
  return (
    <div className="stage-timeline">
      <h3>{t('evolution.stages.title')}</h3>
      <ol className="stage-strip" data-testid="stage-strip">
        {result.years.map((y) => (
          <li key={y.year} className={`stage-cell stage-${y.stage}`} data-year={y.year} data-stage={y.stage} title={term(STAGE_TERMS[y.stage], locale)}>
            <span className="stage-year">{y.year}</span>
            <span className="stage-name">{term(STAGE_TERMS[y.stage], locale)}</span>
            <span className="stage-functions" aria-label={t('evolution.functions', { value: Math.round(y.integrationIndex * 100) })}>
              {FUNCTION_IDS.map((fn) => (
                <span key={fn} className={`fn-dot fn-${y.functions[fn]}`} title={`${term(FUNCTION_TERMS[fn], locale)}: ${term(FUNCTION_LEVEL_TERMS[y.functions[fn]], locale)}`} />
              ))}
            </span>
            {y.events.length > 0 && <span className="stage-events">{t('evolution.events.count', { n: y.events.length })}</span>}
          </li>
        ))}
      </ol>
      <details className="evolution-events" data-testid="evolution-events">
        <summary>{t('evolution.events.title', { n: withEvents.reduce((a, y) => a + y.events.length, 0) })}</summary>
        <ol>
          {withEvents.map((y) => (
            <li key={y.year}>
              <strong>{y.year}</strong>
              <ul>
                {y.events.map((e) => (
                  <li key={e.index} data-kind={e.kind}>
                    <span className="event-label">{e.label ? (locale === 'zh-CN' ? e.label.zh : e.label.en) : e.kind}</span>
                    {e.month ? <span className="event-month"> · {t('evolution.month', { m: e.month })}</span> : null}
                    {e.planned ? <span className="event-planned"> · {t('evolution.planned')}</span> : null}
                    <code className="event-kind"> {e.kind}</code>
                    {e.quote && <blockquote lang="zh">{readableZh(e.quote.zh)}</blockquote>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
