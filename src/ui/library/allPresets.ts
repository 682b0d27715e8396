/**
 * Every centre preset of models/presets, those with a reform timeline included (Evolution, the
 * Dalian story, Compare, Research and the hall offer them): Plan's presets (presets.ts) and the
 * timeline presets, bundled with the views that import this module rather than with the first page.
 */
import { hasTimeline, planPresets, sortPresets, toCentrePresets, type CentrePreset } from './presets';

const files = import.meta.glob('../../../models/presets/*.scenario.json', { eager: true, import: 'default' });

/** Every centre preset in display order; Plan's presets are the same objects as in `planPresets`. */
export const centrePresets: readonly CentrePreset[] = sortPresets([...planPresets, ...toCentrePresets(files).filter(hasTimeline)]);
