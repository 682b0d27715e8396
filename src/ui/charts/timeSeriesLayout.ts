/**
 * Geometry of a yearly time series with its 95% CI band and event markers: `bandLayout` with a
 * tick per year (or every few years). Pure; `BandChart.tsx` maps it to SVG.
 */
import { bandLayout, type BandLayout, type BandLayoutInput, type BandPoint } from './bandLayout';

export type SeriesPoint = BandPoint;
export type TimeSeriesInput = Omit<BandLayoutInput, 'xTicks' | 'formatX'>;
export type TimeSeriesLayout = BandLayout;

/** Lays out a yearly series with its CI band; pure. Non-finite values are dropped. */
export function timeSeriesLayout(input: TimeSeriesInput): TimeSeriesLayout {
  return bandLayout({ ...input, margin: { top: 12, right: 12, bottom: 28, left: 56, ...input.margin }, xTicks: 'years' });
}
