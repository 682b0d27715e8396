/**
 * Evolution's "what carries over from year to year": the projection's dynamics as this scenario
 * sets them — demand growth and the registry's `projection.*` parameters (trust, online adoption,
 * staffing, sampling), each with its value here, its default, its unit and its source (all
 * assumptions) — and the timeline's events that change demand growth. A planner sees what the
 * numbers between reform years rest on. Names, units, defaults and sources are the registry's.
 */
import { centreParameters, parameter, type ParameterSpec } from '../../../domain/parameters';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { formatInteger, formatNumber, formatPercent } from '../../i18n/format';
import { registryUnitText } from '../../i18n/registryUnit';
import { SourceLink } from '../../sources/SourceText';
import { TableScroll } from '../../components/TableScroll';
import type { Locale } from '../../i18n/messages';
import { getPath } from '../../draft/leverDraft';

/** Where a projection setting left out of the file takes its value from (the registry note says so). */
const FALLBACK: Readonly<Record<string, string>> = { 'projection.startYear': 'year', 'projection.replications': 'replications' };

/** The rows shown: annual demand growth, then every projection parameter of the registry. */
export const DYNAMICS_PATHS: readonly string[] = ['demand.growth', ...centreParameters.filter((p) => p.path.startsWith('projection.')).map((p) => p.path)];

function show(spec: ParameterSpec, v: unknown, locale: Locale, yes: string, no: string): string {
  if (typeof v === 'boolean') return v ? yes : no;
  if (typeof v !== 'number') return '—';
  if (spec.unit === 'year') return String(v);
  if (spec.integer) return formatInteger(locale, v);
  if (spec.unit === 'share/yr' || spec.unit === 'share 0–1') return formatPercent(locale, v, 1);
  return formatNumber(locale, v, 2);
}

interface DemandChange {
  year: number;
  growth?: number;
  factor?: number;
}

/** `file`: the preset's path in the repository, for the command line shown (FILE when the scenario has none). */
export function ProjectionAssumptions({ scenario, file }: { scenario: unknown; file?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const events = (Array.isArray(getPath(scenario, 'timeline')) ? (getPath(scenario, 'timeline') as { kind?: string }[]) : []).filter((e): e is DemandChange & { kind: string } => e?.kind === 'demand.change');
  const changes = events
    .map((e) => [e.growth !== undefined ? `${e.year}: ${formatPercent(locale, e.growth, 1)}` : '', e.factor !== undefined ? `${e.year}: ×${formatNumber(locale, e.factor, 2)}` : ''].filter(Boolean).join(', '))
    .filter(Boolean);
  const yes = t('dynamics.yes');
  const no = t('dynamics.no');
  return (
    <details className="card projection-assumptions" data-testid="projection-assumptions">
      <summary>
        <h2>{t('dynamics.title')}</h2>
      </summary>
      <p>{t('dynamics.intro')}</p>
      <TableScroll>
        <table className="data-table">
          <caption className="visually-hidden">{t('dynamics.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dynamics.col.parameter')}</th>
              <th scope="col">{t('dynamics.col.value')}</th>
              <th scope="col">{t('dynamics.col.default')}</th>
              <th scope="col">{t('dynamics.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {DYNAMICS_PATHS.map((path) => {
              const spec = parameter(path);
              const given = getPath(scenario, path);
              const value = given ?? (FALLBACK[path] !== undefined ? getPath(scenario, FALLBACK[path]) : undefined) ?? spec.default;
              const unit = spec.unit === 'boolean' || spec.unit === 'year' || spec.unit.startsWith('share') || spec.unit === '—' ? '' : ` ${registryUnitText(spec.unit, locale, t('text.englishOnly'))}`;
              return (
                <tr key={path} data-path={path}>
                  <th scope="row">
                    {zh ? spec.zh : spec.en} <code className="param-path">{path}</code>
                  </th>
                  <td>
                    {value === null || value === undefined ? '—' : `${show(spec, value, locale, yes, no)}${unit}`}
                    {given === undefined && value !== null ? t('dynamics.default') : ''}
                  </td>
                  <td>{spec.default === null || Array.isArray(spec.default) ? '—' : `${show(spec, spec.default, locale, yes, no)}${unit}`}</td>
                  <td>
                    <SourceLink source={spec.source} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {changes.length > 0 && <p>{t('dynamics.growthEvents', { list: changes.join('; ') })}</p>}
      <p className="hint">{t('dynamics.sensitivity', { kind: t('timeline.kind.demand.change') })}</p>
      <pre data-testid="dynamics-command">
        <code>{`npx onewindow project ${file ?? 'FILE'} --growth-from YEAR=RATE`}</code>
      </pre>
    </details>
  );
}
