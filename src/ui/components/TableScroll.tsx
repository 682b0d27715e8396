/**
 * The sideways-scrolling box around a wide table. When its table is wider than the box it becomes
 * a named, focusable region so a keyboard user can scroll it (WCAG 2.1.1; axe
 * `scrollable-region-focusable`); when everything fits it is a plain box and adds no tab stop.
 * Its name is the table's caption, or a generic "table (scrolls sideways)".
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

interface TableScrollProps {
  children: ReactNode;
  /** extra class names beside `table-scroll` */
  className?: string;
  /** the region's name; default: the caption of the table inside */
  label?: string;
  'data-testid'?: string;
}

export function TableScroll({ children, className, label, 'data-testid': testId }: TableScrollProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState(false);
  const [caption, setCaption] = useState<string | undefined>(undefined);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      setOverflow(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
      setCaption(el.querySelector('caption')?.textContent?.trim() || undefined);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    const table = el.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  });

  return (
    <div
      ref={ref}
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      data-testid={testId}
      role={overflow ? 'region' : undefined}
      aria-label={overflow ? (label ?? caption ?? t('a11y.scrollTable')) : undefined}
      tabIndex={overflow ? 0 : undefined}
    >
      {children}
    </div>
  );
}
