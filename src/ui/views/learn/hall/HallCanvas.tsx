/**
 * One centre's hall on a canvas. The parent owns the clock and calls `draw(t)` on every animation
 * frame; the canvas computes the frame with the pure `hallFrame` into a reused buffer and paints
 * the places and the dots (one path per dot kind). No React render per frame.
 */
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { NEUTRAL, OKABE_ITO } from '../../../charts/palette';
import { DOT, DOT_KINDS, createFrame, hallFrame, type Box, type HallFrame, type HallModel } from './hallFrame';

/** Dot colours by kind (DOT order), from the colour-blind-safe palette; files are also squares. */
export const DOT_COLOURS = [NEUTRAL, OKABE_ITO.blue, OKABE_ITO.green, OKABE_ITO.sky, OKABE_ITO.vermillion, OKABE_ITO.orange, OKABE_ITO.purple];

export interface HallCanvasHandle {
  /** draws the hall at working minute t; returns the frame drawn */
  draw(t: number): HallFrame | undefined;
}

export interface HallCanvasProps {
  model: HallModel;
  /** window group labels (index = group) and the back-office area labels */
  groupLabels: string[];
  areaLabels: { entrance: string; centre: string; headquarters: string; office: string };
  /** the canvas's accessible description of the current frame */
  label: string;
  testId?: string;
}

export const HallCanvas = forwardRef<HallCanvasHandle, HallCanvasProps>(function HallCanvas({ model, groupLabels, areaLabels, label, testId }, ref) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HallFrame | null>(null);
  const size = useRef({ w: 0, h: 0, dpr: 1 });
  const lastT = useRef(model.from);

  const paint = (t: number): HallFrame | undefined => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return undefined;
    lastT.current = t;
    frame.current ??= createFrame(model);
    const f = hallFrame(model, t, frame.current);
    const { w, h, dpr } = size.current;
    if (w === 0) return f;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const rect = (b: Box, fill: string, stroke?: string) => {
      ctx.fillStyle = fill;
      ctx.fillRect(b.x * w, b.y * h, b.w * w, b.h * h);
      if (stroke) {
        ctx.strokeStyle = stroke;
        ctx.strokeRect(b.x * w + 0.5, b.y * h + 0.5, b.w * w - 1, b.h * h - 1);
      }
    };
    const font = Math.max(9, Math.min(13, h / 40));
    ctx.font = `${font}px system-ui, 'Noto Sans CJK SC', sans-serif`;
    ctx.textBaseline = 'top';
    // the entrance and the back-office areas
    rect({ x: 0, y: 0.06, w: 0.1, h: 0.9 }, '#f1f3f6');
    ctx.fillStyle = '#5a6573';
    ctx.fillText(areaLabels.entrance, 2, 2, w * 0.3);
    for (const place of ['centre', 'headquarters', 'office'] as const) {
      const area = model.backAreas[place];
      if (!area) continue;
      rect(area, place === 'centre' ? '#eef4fa' : '#f7efe6');
      ctx.fillStyle = '#5a6573';
      ctx.fillText(areaLabels[place], area.x * w + 2, area.y * h + 1, area.w * w - 4);
    }
    for (const b of model.backOffices) if (b.box) rect(b.box, '#ffffff', '#dde2e8');
    // window groups: the band, the windows, the label
    model.groups.forEach((g, i) => {
      rect(g.band, '#fafbfc', '#dde2e8');
      rect(g.windows, '#e6eef7');
      if (g.band.h * h >= font + 2) {
        ctx.fillStyle = '#1c2430';
        ctx.fillText(groupLabels[i] ?? '', g.band.x * w + 2, g.band.y * h + 1, g.queue.w * w - 4);
      }
    });
    // dots, one path per kind
    const r = Math.max(1.2, Math.min(3, w / 300));
    for (let kind = 0; kind < DOT_KINDS; kind++) {
      ctx.fillStyle = DOT_COLOURS[kind];
      ctx.beginPath();
      const square = kind === DOT.fileInTransit || kind === DOT.fileAtBackOffice;
      for (let k = 0; k < f.n; k++) {
        if (f.kind[k] !== kind) continue;
        const x = f.x[k] * w;
        const y = f.y[k] * h;
        if (square) ctx.rect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
        else {
          ctx.moveTo(x + r, y);
          ctx.arc(x, y, r, 0, Math.PI * 2);
        }
      }
      ctx.fill();
    }
    return f;
  };

  useImperativeHandle(ref, () => ({ draw: paint }));
  // the latest paint (it reads this render's model and labels), for the resize observer below
  const latestPaint = useRef(paint);
  useLayoutEffect(() => {
    latestPaint.current = paint;
  });

  // a new model: start its frame afresh and repaint at every size the canvas takes
  useEffect(() => {
    frame.current = null;
    const el = canvas.current;
    if (!el) return;
    const resize = () => {
      const w = el.clientWidth;
      // a phone is narrow: give the hall more height so the window groups stay apart
      const h = Math.round(Math.max(240, Math.min(560, w * (w < 600 ? 1.25 : 0.72))));
      const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
      size.current = { w, h, dpr };
      el.style.height = `${h}px`;
      el.width = Math.round(w * dpr);
      el.height = Math.round(h * dpr);
      latestPaint.current(lastT.current);
    };
    resize();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(resize) : undefined;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [model]);

  return <canvas ref={canvas} className="hall-canvas" role="img" tabIndex={0} aria-label={label} data-testid={testId} />;
});
