/**
 * The one width hook (review: ChartFrame and Research each had their own useWidth, with different
 * bounds): charts/useWidth.ts is the only definition, and every chart is measured by it.
 * @vitest-environment jsdom
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WIDTH_MAX, WIDTH_MIN, clampWidth, useWidth } from '../../src/ui/charts/useWidth';

const ROOT = join(__dirname, '../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.(ts|tsx)$/.test(f)) out.push(p);
  }
  return out;
}

describe('useWidth', () => {
  it('is defined once, in src/ui/charts/useWidth.ts (one home for the chart width rule)', () => {
    const homes = sources(join(ROOT, 'src'))
      .filter((file) => /(function\s+useWidth\b|\buseWidth\s*=\s*(\(|function))/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(homes).toEqual(['src/ui/charts/useWidth.ts']);
  });

  it('keeps a measured width within the bounds and ignores an element not laid out yet', () => {
    expect(clampWidth(0)).toBeNull();
    expect(clampWidth(200)).toBe(WIDTH_MIN);
    expect(clampWidth(390.7)).toBe(390);
    expect(clampWidth(1440)).toBe(WIDTH_MAX);
  });

  it('reports the fallback until the element has a width, then the element’s width', () => {
    const seen: number[] = [];
    function Probe({ width }: { width: number }) {
      const [ref, w] = useWidth<HTMLDivElement>(600);
      seen.push(w);
      return (
        <div
          ref={(el) => {
            if (el) Object.defineProperty(el, 'clientWidth', { configurable: true, value: width });
            ref(el);
          }}
        />
      );
    }
    render(<Probe width={500} />);
    expect(seen[0]).toBe(600);
    expect(seen.at(-1)).toBe(500);
  });
});
