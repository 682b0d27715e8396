/** Which inputs differ between the compared scenarios, named by the parameter registry (zh/en), one column per scenario. */
import { useMemo } from 'react';
import { centreParameterIndex } from '../../../domain/parameters';
import { STATIONING_TERMS, type Stationing } from '../../../domain/vocabulary';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { formatNumber } from '../../i18n/format';
import { registryUnitText } from '../../i18n/registryUnit';
import { term } from '../../i18n/term';
import type { ScenarioJson } from '../../draft/leverDraft';
import { scenarioDiff } from './scenarioDiff';
import { TableScroll } from '../../components/TableScroll';

/** Longer lists start folded (two different cities differ in hundreds of department and item fields). */
const OPEN_UP_TO = 20;

export interface InputDiffProps {
  /** side letter, name and the scenario as run */
  scenarios: ReadonlyArray<{ side: string; name: string; json: ScenarioJson }>;
}

export function InputDiff({ scenarios }: InputDiffProps) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  // the centre-wide inputs first, then those of single departments and items
  const diff = useMemo(() => {
    const all = scenarioDiff(scenarios.map((s) => s.json));
    return [...all.filter((d) => !d.owner), ...all.filter((d) => d.owner)];
  }, [scenarios]);
  /** a department's or item's name from whichever scenario has it */
  const ownerName = (owner: string, registryPath: string): string => {
    const list = registryPath.startsWith('items[]') ? 'items' : 'departments';
    for (const s of scenarios) {
      const entry = (Array.isArray(s.json[list]) ? (s.json[list] as Array<Record<string, unknown>>) : []).find((d) => d.id === owner);
      if (entry) return String((zh ? entry.nameZh : (entry.nameEn ?? entry.name)) || entry.nameZh || owner);
    }
    return owner;
  };
  const value = (v: unknown, registryPath: string): string => {
    if (v === undefined) {
      const d = centreParameterIndex.get(registryPath)?.default;
      return d === undefined || d === null ? '—' : `${value(d, registryPath)}*`;
    }
    if (typeof v === 'boolean') return v ? '✓' : '✗';
    if (typeof v === 'number') return formatNumber(locale, v, Number.isInteger(v) ? 0 : 3);
    if (typeof v === 'string' && registryPath.endsWith('stationing') && v in STATIONING_TERMS) return term(STATIONING_TERMS[v as Stationing], locale);
    if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return v.map((x) => formatNumber(locale, x as number, 2)).join(' · ');
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  return (
    <section className="card input-diff" aria-labelledby="input-diff-title" data-testid="input-diff">
      <h2 id="input-diff-title">{t('compare.diff.title')}</h2>
      {diff.length === 0 ? (
        <p>{t('compare.diff.none')}</p>
      ) : (
        <>
          <details className="input-diff-details" open={diff.length <= OPEN_UP_TO}>
          <summary className="form-hint">{t('compare.diff.count', { n: diff.length })}</summary>
          <TableScroll>
            <table className="kpi-table input-diff-table">
              <caption className="visually-hidden">{t('compare.diff.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.diff.col.param')}</th>
                  {scenarios.map((s) => (
                    <th key={s.side} scope="col" className="num" title={s.name}>
                      {s.side}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {diff.map((d) => {
                  const spec = centreParameterIndex.get(d.registryPath);
                  const label = spec ? (zh ? spec.zh : spec.en) : d.key;
                  return (
                    <tr key={d.key} data-path={d.registryPath} data-key={d.key}>
                      <th scope="row">
                        {d.owner ? `${ownerName(d.owner, d.registryPath)} · ${label}` : label}
                        {spec && spec.unit !== '—' && !spec.unit.includes('|') && <span className="kpi-unit">{registryUnitText(spec.unit, locale, t('text.englishOnly'))}</span>}
                      </th>
                      {d.values.map((v, i) => (
                        <td key={i} className="num">
                          {value(v, d.registryPath)}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          </details>
        </>
      )}
    </section>
  );
}
