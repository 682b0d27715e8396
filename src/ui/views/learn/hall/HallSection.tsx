/**
 * The animated hall (issue 11 item 3): two centres replay the same working day (same seed) from
 * the engine's per-case records, on canvases driven by one clock (requestAnimationFrame). Play,
 * pause, speed, a time scrubber and keys; live counters beside the engine's figures for the day;
 * a table of the same frame for those who do not read the picture.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocale, useT } from '../../../i18n/I18nProvider';
import { formatInteger, formatNumber } from '../../../i18n/format';
import type { Locale } from '../../../i18n/messages';
import { useSimPool } from '../../../pool/SimPoolProvider';
import { term } from '../../../i18n/term';
import { SERVICE_TERMS, type ServiceId } from '../../../../domain/vocabulary';
import { centrePresets } from '../../../library/allPresets';
import type { HallDayCounts } from '../../../../client/simPool';
import { DOT, createFrame, hallFrame, prepareHall, type HallFrame, type HallModel } from './hallFrame';
import { DOT_COLOURS, HallCanvas, type HallCanvasHandle } from './HallCanvas';
import './hall.css';

/** The working day the hall replays: the first of a fresh two-day run (the hall is empty at opening). */
const DAY = 0;
const RUN_DAYS = 2;
const SPEEDS = [5, 15, 30, 60, 120];
const COUNTERS = ['arrived', 'waiting', 'served', 'trips', 'meanWait', 'files', 'decided'] as const;
type CounterKey = (typeof COUNTERS)[number];
const SIDES = ['a', 'b'] as const;

interface Side {
  presetId: string;
  departments: Map<string, { nameZh?: string; nameEn?: string }>;
  model: HallModel;
}

/** A side's name and window-group labels in the current language. */
function useSideLabels(sides: Side[] | null) {
  const t = useT();
  const { locale } = useLocale();
  return useMemo(
    () =>
      (sides ?? []).map((s) => {
        const preset = centrePresets.find((p) => p.id === s.presetId);
        const depName = (id: string) => {
          const d = s.departments.get(id);
          return (locale === 'zh-CN' ? d?.nameZh : d?.nameEn) ?? id;
        };
        return {
          name: preset ? (locale === 'zh-CN' ? preset.nameZh : preset.name) : s.presetId,
          groups: s.model.data.layout.groups.map((g) => {
            if (g.id === 'comprehensive') return t('hall.group.comprehensive');
            if (g.id === 'bureau') return t('hall.group.bureau');
            const service = g.id.startsWith('counter:') ? g.id.slice('counter:'.length) : '';
            if (service in SERVICE_TERMS) return term(SERVICE_TERMS[service as ServiceId], locale);
            if (g.office) return t('hall.group.office', { name: depName(g.id.replace(/^office:/, '')) });
            return depName(g.id);
          }),
        };
      }),
    [sides, locale, t],
  );
}

const counterValue = (c: HallDayCounts, key: CounterKey) => (key === 'meanWait' ? c.meanWaitMinutes : c[key]);
const formatCounter = (locale: Locale, c: HallDayCounts, key: CounterKey) => (key === 'meanWait' ? formatNumber(locale, c.meanWaitMinutes, 1) : formatInteger(locale, counterValue(c, key)));

/** h:mm from minutes. */
export function clockText(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

export function HallSection() {
  const t = useT();
  const { locale } = useLocale();
  const pool = useSimPool();
  const [ids, setIds] = useState<[string, string]>(['dalian-2002', 'dalian-2009']);
  const [sides, setSides] = useState<Side[] | null>(null);
  const [loadedSeed, setLoadedSeed] = useState(0);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  const [error, setError] = useState('');
  const [minute, setMinute] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(30);
  const canvasA = useRef<HallCanvasHandle>(null);
  const canvasB = useRef<HallCanvasHandle>(null);
  const canvases = [canvasA, canvasB];
  const clock = useRef(0);
  const abort = useRef<AbortController | null>(null);
  const seed = (centrePresets.find((p) => p.id === ids[0])?.json as { seed?: number } | undefined)?.seed ?? 1;

  const load = async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setStatus('loading');
    setPlaying(false);
    try {
      const loaded = await Promise.all(
        ids.map(async (id) => {
          const preset = centrePresets.find((p) => p.id === id);
          if (!preset) throw new Error(id);
          const json = { ...(preset.json as Record<string, unknown>), seed, simulation: { days: RUN_DAYS, warmupDays: 0 } };
          const { records, hall } = await pool.dayRecords(json, { replication: 0, day: DAY, signal: controller.signal });
          const departments = ((preset.json as { departments?: Array<{ id: string; nameZh?: string; nameEn?: string }> }).departments ?? []).map((d) => [d.id, d] as const);
          return { presetId: id, departments: new Map(departments), data: { records, ...hall } };
        }),
      );
      if (controller.signal.aborted) return;
      clock.current = 0;
      setMinute(0);
      setLoadedSeed(seed);
      setSides(loaded.map(({ presetId, departments, data }) => ({ presetId, departments, model: prepareHall(data, DAY) })));
      setStatus('ready');
    } catch (e) {
      if (controller.signal.aborted) return;
      setError(e instanceof Error ? e.message : String(e));
      setStatus('failed');
    }
  };

  const dayMinutes = sides?.[0]?.model ? sides[0].model.to - sides[0].model.from : 480;
  const drawAll = useCallback((m: number) => sides?.forEach((s, i) => (i === 0 ? canvasA : canvasB).current?.draw(s.model.from + m)), [sides]);

  // the animation: one clock for both halls, React state refreshed a few times a second
  useEffect(() => {
    if (!playing || !sides) return;
    let last = performance.now();
    let lastUi = last;
    let id = requestAnimationFrame(function step(now) {
      clock.current = Math.min(dayMinutes, clock.current + ((now - last) / 1000) * speed);
      last = now;
      drawAll(clock.current);
      const end = clock.current >= dayMinutes;
      if (end || now - lastUi > 120) {
        lastUi = now;
        setMinute(clock.current);
      }
      if (end) setPlaying(false);
      else id = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(id);
  }, [playing, sides, speed, dayMinutes, drawAll]);

  // a paused hall follows the scrubber
  useEffect(() => {
    if (!playing) drawAll(minute);
  }, [minute, playing, drawAll]);

  const seek = (m: number) => {
    const v = Math.max(0, Math.min(dayMinutes, m));
    clock.current = v;
    setMinute(v);
  };
  const togglePlay = () => {
    if (!sides) return;
    if (!playing && clock.current >= dayMinutes) seek(0);
    setPlaying((p) => !p);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const tag = target.tagName;
    if (tag === 'SELECT' || tag === 'TEXTAREA' || (tag === 'INPUT' && (target as HTMLInputElement).type !== 'range')) return;
    const isRange = tag === 'INPUT';
    if ((e.key === ' ' && tag !== 'BUTTON') || e.key === 'k' || e.key === 'K') {
      e.preventDefault();
      togglePlay();
    } else if (!isRange && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      seek(clock.current + (e.key === 'ArrowLeft' ? -5 : 5));
    } else if (!isRange && (e.key === 'Home' || e.key === 'End')) {
      e.preventDefault();
      seek(e.key === 'Home' ? 0 : dayMinutes);
    }
  };

  const labels = useSideLabels(sides);
  const frames = useMemo<HallFrame[]>(() => (sides ?? []).map((s) => hallFrame(s.model, s.model.from + minute, createFrame(s.model))), [sides, minute]);
  const time = t('hall.clock', { time: clockText(minute) });

  return (
    <section className="card hall-section" aria-labelledby="hall-title" onKeyDown={onKeyDown} data-testid="hall">
      <h2 id="hall-title">{t('hall.title')}</h2>
      <p className="hint">{t('hall.intro')}</p>
      <div className="hall-choice">
        {SIDES.map((side, i) => (
          <div className="field" key={side}>
            <label htmlFor={`hall-preset-${side}`}>{t(i === 0 ? 'hall.left' : 'hall.right')}</label>
            <select id={`hall-preset-${side}`} value={ids[i]} onChange={(e) => setIds((prev) => (i === 0 ? [e.target.value, prev[1]] : [prev[0], e.target.value]))}>
              {centrePresets.map((p) => (
                <option key={p.id} value={p.id}>
                  {locale === 'zh-CN' ? p.nameZh : p.name}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="button" className="button" onClick={() => void load()} disabled={status === 'loading'} data-testid="hall-load">
          {t('hall.load')}
        </button>
        {status === 'loading' && <span role="status">{t('hall.loading')}</span>}
      </div>
      {status === 'failed' && (
        <p className="run-error" role="alert">
          {t('hall.failed', { message: error })}
        </p>
      )}
      {sides ? (
        <>
          <p className="hint">{t('hall.sameSeed', { seed: loadedSeed })}</p>
          <div className="hall-controls">
            <button type="button" className="button" onClick={togglePlay} aria-pressed={playing} data-testid="hall-play">
              {playing ? t('hall.pause') : t('hall.play')}
            </button>
            <div className="field hall-speed">
              <label htmlFor="hall-speed">{t('hall.speed')}</label>
              <select id="hall-speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
                {SPEEDS.map((n) => (
                  <option key={n} value={n}>
                    {t('hall.speedValue', { n })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field hall-scrub">
              <label htmlFor="hall-time">{t('hall.time')}</label>
              <input id="hall-time" type="range" min={0} max={dayMinutes} step={1} value={Math.round(minute)} onChange={(e) => seek(Number(e.target.value))} aria-valuetext={time} data-testid="hall-time" />
              <output htmlFor="hall-time" data-testid="hall-clock">
                {time}
              </output>
            </div>
          </div>
          <p className="hint">{t('hall.keys')}</p>
          <ul className="hall-legend">
            {(['entering', 'waiting', 'atWindow', 'leaving', 'turnedAway'] as const).map((k) => (
              <li key={k}>
                <span className="hall-dot" style={{ background: DOT_COLOURS[DOT[k]] }} />
                {t(`hall.legend.${k}`)}
              </li>
            ))}
            <li>
              <span className="hall-dot square" style={{ background: DOT_COLOURS[DOT.fileAtBackOffice] }} />
              {t('hall.legend.file')}
            </li>
          </ul>
          <div className="hall-pair">
            {sides.map((s, i) => {
              const f = frames[i];
              const serving = f ? Array.from(f.groupServing).reduce((a, b) => a + b, 0) : 0;
              const files = f ? Array.from(f.backOfficeFiles).reduce((a, b) => a + b, 0) : 0;
              return (
                <div className="hall-side" key={SIDES[i]} data-testid={`hall-side-${SIDES[i]}`}>
                  <h3>{labels[i]?.name}</h3>
                  <HallCanvas
                    ref={canvases[i]}
                    model={s.model}
                    groupLabels={labels[i]?.groups ?? []}
                    areaLabels={{ entrance: t('hall.area.entrance'), centre: t('hall.area.centre'), headquarters: t('hall.area.headquarters'), office: t('hall.area.office') }}
                    label={t('hall.canvas', { name: labels[i]?.name ?? '', time, waiting: f?.counts.waiting ?? 0, serving, files })}
                    testId={`hall-canvas-${SIDES[i]}`}
                  />
                  <div className="hall-figures">
                    <table className="hall-counters">
                      <thead>
                        <tr>
                          <th scope="col" />
                          <th scope="col">{t('hall.counters')}</th>
                          <th scope="col">{t('hall.dayKpis')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {COUNTERS.map((key) => (
                          <tr key={key}>
                            <th scope="row">{t(`hall.count.${key}`)}</th>
                            <td data-testid={`hall-now-${SIDES[i]}-${key}`}>{f ? formatCounter(locale, f.counts, key) : ''}</td>
                            <td data-testid={`hall-day-${SIDES[i]}-${key}`}>{formatCounter(locale, s.model.data.counts, key)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  {f && <HallTable side={s} groupLabels={labels[i]?.groups ?? []} frame={f} />}
                </div>
              );
            })}
          </div>
        </>
      ) : (
        status !== 'loading' && <p className="hint">{t('hall.empty')}</p>
      )}
    </section>
  );
}

/** The frame as a table: per window group, waiting and at the windows; files per back-office area. */
function HallTable({ side, groupLabels, frame }: { side: Side; groupLabels: string[]; frame: HallFrame }) {
  const t = useT();
  const { locale } = useLocale();
  const places = ['centre', 'headquarters', 'office'] as const;
  const filesAt = (place: (typeof places)[number]) => side.model.backOffices.reduce((a, b, i) => a + (b.place === place ? frame.backOfficeFiles[i] : 0), 0);
  return (
    <details className="hall-table">
      <summary>{t('hall.table')}</summary>
      <div className="hall-table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('hall.table.group')}</th>
            <th scope="col">{t('hall.table.windows')}</th>
            <th scope="col">{t('hall.table.waiting')}</th>
            <th scope="col">{t('hall.table.serving')}</th>
          </tr>
        </thead>
        <tbody>
          {side.model.groups.map((g, i) => (
            <tr key={i}>
              <th scope="row">{groupLabels[i]}</th>
              <td>{formatInteger(locale, g.servers)}</td>
              <td>{formatInteger(locale, frame.groupWaiting[i])}</td>
              <td>{formatInteger(locale, frame.groupServing[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <table>
        <caption>{t('hall.table.backOffices')}</caption>
        <tbody>
          {places
            .filter((p) => side.model.backAreas[p])
            .map((p) => (
              <tr key={p}>
                <th scope="row">{t(`hall.area.${p}`)}</th>
                <td>{formatInteger(locale, filesAt(p))}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </details>
  );
}
