/**
 * The window optimiser: the fewest windows per department meeting a wait target (a share of
 * window waits within the 15-minute standard), bracketed before any simulation by the analytic
 * formulas the worker computes (offered load below, Erlang C at the busiest hour above), searched
 * by simulation inside the bracket (every department's midpoint in one run), and confirmed by a
 * simulation at the answer. All simulation runs in the worker pool with common random numbers.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useState, type FormEvent } from 'react';
import type { RunSummary, WindowBracket } from '../../../client/simPool';
import { selectTaskResult, selectTaskStatus, taskMachine } from '../../../app/taskMachine';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useSimPool } from '../../pool/SimPoolProvider';
import { RunControls } from '../../run/RunControls';
import { TaskError } from '../../run/TaskError';
import { withRunSettings, type RunSettings } from '../../run/runSettings';
import { checkNumber } from '../../draft/leverDraft';
import type { PrepareBase } from './ResearchPanel';
import { ruleText } from '../../levers/leverRules';
import { narrow, nextProbe, searchDone, startSearch, withWindows, type DepartmentSearch } from './optimiseWindows';
import { kpiLabel } from '../../kpis/kpiLabel';
import { TableScroll } from '../../components/TableScroll';

const RATE = 'waitWithin15MinRate';
/** the waiting standard's minutes (the KPI counts waits ≤ 15 min) */
const STANDARD_MINUTES = 15;

interface DepartmentAnswer {
  id: string;
  name: string;
  nameZh: string;
  bracket: WindowBracket;
  windows: number;
  /** confirmation run at the answer */
  rate: { mean: number; ci95: readonly [number, number] };
  meets: boolean;
}

interface Outcome {
  name: string;
  share: number;
  settings: RunSettings;
  steps: number;
  departments: DepartmentAnswer[];
  /** the confirmation run's whole-centre share within 15 min */
  centre: { mean: number; ci95: readonly [number, number] };
}

export interface WindowOptimiserProps {
  prepare: PrepareBase;
}

/** Most simulation steps of one search (bisection over a bracket up to 500 wide is ≤ 10 per widening). */
const MAX_STEPS = 24;

export function WindowOptimiser({ prepare }: WindowOptimiserProps) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const pool = useSimPool();
  const [shareText, setShareText] = useState('0.9');
  const [shareError, setShareError] = useState<string | undefined>();
  const task = useActorRef(taskMachine);
  const status = useSelector(task, selectTaskStatus);
  const outcome = useSelector(task, selectTaskResult) as Outcome | undefined;

  const run = (e: FormEvent) => {
    e.preventDefault();
    const share = checkNumber(shareText, { min: 0.5, max: 0.99, integer: false });
    setShareError(share.ok ? undefined : t('field.error', { field: t('research.opt.share'), rule: `${ruleText(t, share.rule)}${t('settings.got', { value: shareText })}` }));
    const prepared = prepare();
    if (!share.ok || !prepared) return;
    const target = { share: share.value, minutes: STANDARD_MINUTES };
    const base = withRunSettings(prepared.json, prepared.settings);
    const R = prepared.settings.replications;
    const deps = (Array.isArray(base.departments) ? base.departments : []) as Array<{ id: string; nameZh?: string; nameEn?: string }>;
    task.send({
      type: 'task.start',
      job: async (signal, onProgress) => {
        const brackets = await pool.windowBrackets(base, target, signal);
        let search: DepartmentSearch[] = startSearch(brackets);
        let steps = 0;
        const simulate = (windows: Record<string, number>, i: number): Promise<RunSummary> =>
          pool.run(withWindows(base, windows), { replications: R, signal, onProgress: (p) => onProgress({ done: i * R + p.done, total: (i + 2) * R }) });
        while (!searchDone(search) && steps < MAX_STEPS) {
          const probe = nextProbe(search);
          const summary = await simulate(probe, steps);
          search = narrow(search, probe, (id) => (summary.departments?.[id]?.[RATE]?.mean ?? 0) >= target.share);
          steps++;
        }
        const answer = Object.fromEntries(search.map((d) => [d.id, d.hi]));
        const confirm = await simulate(answer, steps);
        onProgress({ done: 1, total: 1 });
        return {
          name: prepared.name,
          share: share.value,
          settings: prepared.settings,
          steps,
          centre: confirm.kpis[RATE],
          departments: brackets.map((b) => {
            const d = deps.find((x) => x.id === b.id);
            const rate = confirm.departments?.[b.id]?.[RATE] ?? { mean: NaN, ci95: [NaN, NaN] as const };
            return { id: b.id, name: d?.nameEn ?? b.id, nameZh: d?.nameZh ?? b.id, bracket: b, windows: answer[b.id], rate, meets: rate.mean >= share.value };
          }),
        } satisfies Outcome;
      },
    });
  };

  const pct = (v: number) => formatPercent(locale, v, 1);
  const total = (f: (d: DepartmentAnswer) => number) => (outcome ? outcome.departments.reduce((a, d) => a + f(d), 0) : 0);

  return (
    <form className="card window-optimiser" onSubmit={run} noValidate aria-labelledby="optimiser-title">
      <h2 id="optimiser-title">{t('research.opt.title')}</h2>
      <p>{t('research.opt.intro')}</p>
      <div className={shareError ? 'field field-invalid' : 'field'}>
        <label htmlFor="research-opt-share">{t('research.opt.share')}</label>
        <input id="research-opt-share" type="text" inputMode="decimal" value={shareText} aria-invalid={shareError ? true : undefined} onChange={(e) => setShareText(e.target.value)} />
        <span className="field-unit">{t('research.opt.shareUnit', { kpi: kpiLabel(locale, RATE) })}</span>
        {shareError && (
          <span className="field-error" data-field-error="share">
            {shareError}
          </span>
        )}
      </div>
      <p className="form-hint">{t('research.opt.how')}</p>
      <TaskError task={task} />
      <RunControls task={task} runLabel={t('research.opt.run')} testId="opt-status" />
      {outcome && (
        <div className={status === 'done' ? 'opt-results' : 'opt-results results-stale'} data-testid="opt-results">
          <p className="results-meta">{t('research.opt.meta', { name: outcome.name, seed: outcome.settings.seed, n: outcome.settings.replications, days: outcome.settings.days, steps: outcome.steps })}</p>
          <p className="opt-summary" data-testid="opt-summary">
            {t('research.opt.summary', {
              windows: total((d) => d.windows),
              before: total((d) => d.bracket.windows),
              share: pct(outcome.share),
              met: outcome.departments.filter((d) => d.meets).length,
              n: outcome.departments.length,
              centre: pct(outcome.centre.mean),
            })}
          </p>
          <TableScroll>
            <table className="kpi-table opt-table" data-testid="opt-table">
              <caption>{t('research.opt.table', { share: pct(outcome.share) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('lever.col.department')}</th>
                  <th scope="col" className="num">{t('research.opt.col.now')}</th>
                  <th scope="col" className="num">{t('research.opt.col.offered')}</th>
                  <th scope="col" className="num">{t('research.opt.col.bracket')}</th>
                  <th scope="col" className="num">{t('research.opt.col.answer')}</th>
                  <th scope="col" className="num">{t('research.opt.col.rate')}</th>
                </tr>
              </thead>
              <tbody>
                {outcome.departments.map((d) => (
                  <tr key={d.id} data-department={d.id} data-meets={d.meets ? 'yes' : 'no'} data-windows={d.windows} data-lower={d.bracket.lower} data-upper={d.bracket.upper}>
                    <th scope="row">{zh ? d.nameZh : d.name}</th>
                    <td className="num">{d.bracket.windows}</td>
                    <td className="num" title={t('research.opt.offeredTitle', { peak: formatNumber(locale, d.bracket.peakOffered, 2), minutes: formatNumber(locale, d.bracket.meanServiceMinutes, 1) })}>
                      {formatNumber(locale, d.bracket.offered, 2)}
                    </td>
                    <td className="num">{`${d.bracket.lower}–${d.bracket.upper}`}</td>
                    <td className="num opt-answer">{d.windows}</td>
                    <td className={d.meets ? 'num verdict-better' : 'num verdict-worse'}>
                      {`${pct(d.rate.mean)} [${pct(d.rate.ci95[0])}, ${pct(d.rate.ci95[1])}]`} {d.meets ? '✓' : '✗'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="form-hint">{t('research.opt.note')}</p>
        </div>
      )}
    </form>
  );
}
