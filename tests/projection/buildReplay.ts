/**
 * Writes models/presets/dalian-replay.scenario.json and dalian-city.scenario.json from the Dalian
 * 2002 preset and models/programmes/dalianReplay.ts, and dalian-2009.scenario.json from the replay
 * at 2009 (tests/projection/dalianPreset.ts: one Dalian, issue 9 point 6). Run: `npx tsx
 * tests/projection/buildReplay.ts` (tests/calibration/buildPresets.ts runs it after writing Dalian 2002).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDalianReplay } from '../../models/programmes/dalianReplay';
import { dalianCity } from './cityPreset';
import { dalian2009FromReplay } from './dalianPreset';

const root = new URL('../../models/presets/', import.meta.url);
const base = JSON.parse(readFileSync(new URL('dalian-2002.scenario.json', root), 'utf8')) as Record<string, unknown>;
const replay = buildDalianReplay(base);
writeFileSync(new URL('dalian-replay.scenario.json', root), JSON.stringify(replay, null, 2) + '\n');
writeFileSync(new URL('dalian-city.scenario.json', root), JSON.stringify(dalianCity(replay), null, 2) + '\n');
writeFileSync(new URL('dalian-2009.scenario.json', root), JSON.stringify(dalian2009FromReplay(replay), null, 2) + '\n');
