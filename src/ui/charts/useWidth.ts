/**
 * The content width of an element, followed as it resizes (ResizeObserver): every chart lays out for
 * the width it gets, so its text stays readable at 390 px. `fallback` before it is measured or where
 * there is no ResizeObserver; a measured width is kept within [WIDTH_MIN, WIDTH_MAX]. A callback ref,
 * so an element that mounts later (a chart shown once a result arrives) is measured too.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** The narrowest and widest a chart lays out for, in CSS pixels. */
export const WIDTH_MIN = 280;
export const WIDTH_MAX = 960;

/** A measured width within the bounds (0 or less: not laid out yet → null). Pure. */
export function clampWidth(w: number): number | null {
  return w > 0 ? Math.max(WIDTH_MIN, Math.min(WIDTH_MAX, Math.floor(w))) : null;
}

export function useWidth<T extends HTMLElement = HTMLDivElement>(fallback = 720): [(el: T | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    const measure = (w: number) => {
      const clamped = clampWidth(w);
      if (clamped !== null) setWidth(clamped);
    };
    measure(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver((entries) => measure(entries[0].contentRect.width));
    observer.current.observe(el);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, width];
}
