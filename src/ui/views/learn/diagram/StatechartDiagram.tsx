/**
 * Draws a statechart from its graph (machineGraph) with the ELK layout (diagramLayout): states as
 * boxes (containers for regions), transitions as arrows with their labels. The current state is
 * filled, the arrows that can fire now are marked, the one that will fire is bold. Only maps the
 * layout to SVG; the buttons that move the machine live beside it, as real buttons.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocale, useT } from '../../../i18n/I18nProvider';
import { DIAGRAM_FONT, layoutDiagram, type DiagramLayout, type DiagramText } from './diagramLayout';
import type { DiagramGraph } from './machineGraph';

export interface DiagramProps {
  graph: DiagramGraph;
  /** accessible name and caption */
  title: string;
  /** texts of states and arrows in the current language (the layout is redone when they change) */
  text: DiagramText;
  /** states that are active now (a leaf and its containers, or one per region) */
  active: ReadonlySet<string>;
  /** arrows that leave an active state and could fire now */
  possible?: ReadonlySet<string>;
  /** arrows the next step will take */
  taken?: ReadonlySet<string>;
  /** states already visited (the path so far) */
  visited?: ReadonlySet<string>;
  direction?: 'DOWN' | 'RIGHT';
  testId?: string;
}

export function StatechartDiagram({ graph, title, text, active, possible, taken, visited, direction = 'DOWN', testId }: DiagramProps) {
  const t = useT();
  const { locale } = useLocale();
  const [layout, setLayout] = useState<{ key: string; value: DiagramLayout } | null>(null);
  /** null: fit to the frame's width when that keeps the text readable (scale ≥ 0.7), else actual size */
  const [fitChoice, setFitChoice] = useState<boolean | null>(null);
  const [frameWidth, setFrameWidth] = useState(0);
  const marker = useId().replace(/:/g, '');
  const scroller = useRef<HTMLDivElement>(null);
  // re-layout when the machine or the language changes (texts are sized per language)
  const key = `${graph.machineId}|${locale}|${direction}`;
  // Lay out only once the diagram is on screen: views stay mounted while hidden, and the layout
  // engine is large; where the page cannot tell (no IntersectionObserver), it is never drawn.
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = scroller.current;
    if (!el || seen || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: '200px' });
    io.observe(el);
    return () => io.disconnect();
  }, [seen]);
  useEffect(() => {
    if (!seen) return;
    let live = true;
    layoutDiagram(graph, text, direction).then(
      (value) => live && setLayout({ key, value }),
      () => live && setLayout(null),
    );
    return () => {
      live = false;
    };
  }, [graph, key, direction, text, seen]);

  const current = layout?.key === key ? layout.value : null;
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setFrameWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setFrameWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const fit = fitChoice ?? (current ? frameWidth === 0 || frameWidth / current.width >= 0.7 : true);
  const kinds = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);

  // keep the current state in view when the diagram is wider or taller than its frame
  const activeKey = [...active].join('|');
  useEffect(() => {
    const el = scroller.current?.querySelector<SVGGElement>('.sc-node-active:not(.sc-container)');
    if (el && scroller.current && scroller.current.scrollWidth > scroller.current.clientWidth + 4) el.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [activeKey, current, fit]);

  return (
    <figure className="statechart" data-testid={testId} data-machine={graph.machineId}>
      <div className="statechart-tools">
        <button type="button" className="button button-small" aria-pressed={fit} onClick={() => setFitChoice(!fit)}>
          {fit ? t('diagram.actual') : t('diagram.fit')}
        </button>
      </div>
      <div className="statechart-scroll" ref={scroller} tabIndex={0} role="group" aria-label={title}>
        {!current && <p className="form-hint">{t('diagram.loading')}</p>}
        {current && (
          <svg
            role="img"
            aria-label={t('diagram.label', { name: title })}
            viewBox={`0 0 ${current.width} ${current.height}`}
            width={fit ? '100%' : current.width}
            style={fit ? { maxWidth: current.width } : undefined}
            className="statechart-svg"
          >
            <defs>
              <marker id={`${marker}-a`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0L10,5L0,10z" className="sc-arrowhead" />
              </marker>
              <marker id={`${marker}-b`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                <path d="M0,0L10,5L0,10z" className="sc-arrowhead-taken" />
              </marker>
            </defs>
            {current.nodes
              .filter((n) => n.container)
              .map((n) => (
                <g key={n.id} className={`sc-container${active.has(n.id) ? ' sc-container-active' : ''}`} data-state={kinds.get(n.id)?.key}>
                  <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={10} />
                  <text x={n.x + 12} y={n.y + 22} fontSize={DIAGRAM_FONT.node} className="sc-container-label">
                    {n.lines[0]}
                  </text>
                </g>
              ))}
            {current.edges.map((e) => {
              const cls = taken?.has(e.id) ? 'sc-edge sc-edge-taken' : possible?.has(e.id) ? 'sc-edge sc-edge-possible' : 'sc-edge';
              return (
                <g key={e.id} className={cls} data-edge={e.id}>
                  <path d={e.path} markerEnd={`url(#${marker}-${taken?.has(e.id) ? 'b' : 'a'})`} />
                  {e.label && (
                    <g className="sc-edge-label">
                      <rect x={e.label.x} y={e.label.y} width={e.label.width} height={e.label.height} rx={4} />
                      {e.label.lines.map((l, i) => (
                        <text key={i} x={e.label!.x + 4} y={e.label!.y + 4 + (i + 0.8) * DIAGRAM_FONT.edge * DIAGRAM_FONT.lineHeight} fontSize={DIAGRAM_FONT.edge}>
                          {l}
                        </text>
                      ))}
                    </g>
                  )}
                </g>
              );
            })}
            {current.nodes
              .filter((n) => !n.container)
              .map((n) => {
                const node = kinds.get(n.id);
                const isActive = active.has(n.id);
                const cls = ['sc-node', isActive ? 'sc-node-active' : '', visited?.has(n.id) && !isActive ? 'sc-node-visited' : '', node?.kind === 'final' ? 'sc-node-final' : ''].filter(Boolean).join(' ');
                return (
                  <g key={n.id} className={cls} data-state={node?.key} data-active={isActive ? 'true' : undefined} aria-current={isActive ? 'step' : undefined}>
                    <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={node?.kind === 'final' ? n.height / 2 : 8} />
                    {node?.initial && <circle cx={n.x - 2} cy={n.y - 2} r={5} className="sc-initial" />}
                    {n.lines.map((l, i) => (
                      <text key={i} x={n.x + n.width / 2} y={n.y + 8 + (i + 0.8) * DIAGRAM_FONT.node * DIAGRAM_FONT.lineHeight} fontSize={DIAGRAM_FONT.node} textAnchor="middle">
                        {l}
                      </text>
                    ))}
                    {isActive && <title>{t('diagram.current')}</title>}
                  </g>
                );
              })}
          </svg>
        )}
      </div>
      <figcaption className="form-hint">{t('diagram.legend')}</figcaption>
    </figure>
  );
}
