/**
 * What makes a centre run reproducible and printable: its seed, replications and days with the
 * equivalent `onewindow run` command line (as Compare and Research show theirs), and — for the
 * printed report only — the inputs: scenario, centre type, settings and the department list.
 */
import { CENTRE_TYPE_TERMS, STATIONING_TERMS, type CentreTypeId, type Stationing } from '../../domain/vocabulary';
import type { RunSummary } from '../../engine/types';
import { runCommand } from '../run/runSettings';
import { fileStem } from '../export/summaryExport';
import { formatInteger } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { term } from '../i18n/term';
import { parameter } from '../../domain/parameters';
import { departmentInfo, departmentName } from '../components/departmentResults';

interface ScenarioFacts {
  days?: number;
  warmup?: number;
  centreType?: string;
  departments: Array<{ id: string; stationing?: string; windows?: number; staff?: number }>;
}

/** Reads what the report needs from a scenario JSON, defensively (it may be hand-written). */
function facts(scenario: unknown): ScenarioFacts {
  const s = (scenario && typeof scenario === 'object' ? scenario : {}) as Record<string, unknown>;
  const sim = (s.simulation && typeof s.simulation === 'object' ? s.simulation : {}) as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const deps = Array.isArray(s.departments) ? s.departments : [];
  return {
    days: num(sim.days),
    warmup: num(sim.warmupDays),
    centreType: typeof s.centreType === 'string' ? s.centreType : undefined,
    departments: deps
      .filter((d): d is Record<string, unknown> => !!d && typeof d === 'object' && typeof (d as { id?: unknown }).id === 'string')
      .map((d) => ({ id: d.id as string, stationing: typeof d.stationing === 'string' ? d.stationing : undefined, windows: num(d.windows), staff: num(d.staff) })),
  };
}

/** The seed, replications and days, and the command line that reruns the downloaded scenario file. */
export function RunProvenance({ summary, scenario }: { summary: RunSummary; scenario: unknown }) {
  const t = useT();
  const f = facts(scenario);
  const unknown = t('kpi.none');
  return (
    <section className="run-provenance" aria-labelledby="run-provenance-title" data-testid="plan-provenance">
      <h3 id="run-provenance-title">{t('provenance.title')}</h3>
      <p className="results-meta" data-testid="plan-seed" data-seed={summary.seed}>
        {t('provenance.meta', { seed: summary.seed, n: summary.replications, days: f.days ?? unknown, warmup: f.warmup ?? 0 })}
      </p>
      <pre data-testid="plan-command">{runCommand(`${fileStem(summary.name)}.scenario.json`, { replications: summary.replications, seed: summary.seed })}</pre>
      <p className="results-meta no-print">{t('export.csvNote')}</p>
    </section>
  );
}

/** The printed report's inputs (hidden on screen). */
export function PrintInputs({ summary, scenario, title }: { summary: RunSummary; scenario: unknown; title: string }) {
  const t = useT();
  const { locale } = useLocale();
  const f = facts(scenario);
  const info = departmentInfo(scenario);
  const type = f.centreType && f.centreType in CENTRE_TYPE_TERMS ? term(CENTRE_TYPE_TERMS[f.centreType as CentreTypeId], locale) : f.centreType;
  const sum = (k: 'windows' | 'staff') => f.departments.reduce((a, d) => a + (d[k] ?? 0), 0);
  return (
    <section className="print-only print-inputs" aria-hidden="true">
      <p className="print-stamp">{t('print.printed', { date: new Date().toLocaleDateString(locale) })}</p>
      <h3>{t('print.inputs')}</h3>
      <p>
        <strong>{t('print.scenario')}:</strong> {title}
        {type && (
          <>
            {' · '}
            <strong>{t('print.centreType')}:</strong> {type}
          </>
        )}
      </p>
      <p>{t('print.settings', { seed: summary.seed, n: summary.replications, days: f.days ?? t('kpi.none'), warmup: f.warmup ?? 0, windows: formatInteger(locale, sum('windows')), staff: formatInteger(locale, sum('staff')) })}</p>
      {f.departments.length > 0 && (
        <table className="kpi-table print-departments">
          <caption>{t('print.departments')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dept.col.name')}</th>
              <th scope="col">{term(parameter('departments[].stationing'), locale)}</th>
              <th scope="col" className="num">{term(parameter('departments[].windows'), locale)}</th>
              <th scope="col" className="num">{term(parameter('departments[].staff'), locale)}</th>
            </tr>
          </thead>
          <tbody>
            {f.departments.map((d) => (
              <tr key={d.id}>
                <th scope="row">{departmentName({ id: d.id, info: info.get(d.id) ?? {} }, locale)}</th>
                <td>{d.stationing && d.stationing in STATIONING_TERMS ? term(STATIONING_TERMS[d.stationing as Stationing], locale) : t('kpi.none')}</td>
                <td className="num">{d.windows ?? t('kpi.none')}</td>
                <td className="num">{d.staff ?? t('kpi.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
