/**
 * Golden fixed-seed KPIs of two centre presets (10 working days, replication 0), rounded to 3
 * significant decimals: any change to the centre model shows up here. Update deliberately with
 * `npx vitest run tests/centre/golden.test.ts -u` and say why in the commit.
 */
import { describe, expect, it } from 'vitest';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { simulateCentre } from '../../src/engine/centre/simulateCentre';
import { loadPreset, short } from './helpers';
import { centreModels } from '../../models/centreTypes/centreModels';

const round = (x: number) => (Number.isInteger(x) ? x : Number(x.toPrecision(4)));

describe('golden centre KPIs', () => {
  it.each(['tianjin-2007', 'dalian-2002'])('%s, seed 1, 10 days, replication 0', async (name) => {
    const k = simulateCentre(compileCentre(short(loadPreset(name), 10), centreModels), 0).kpis;
    const rounded = Object.fromEntries(Object.entries(k).map(([n, v]) => [n, round(v)]));
    await expect(JSON.stringify(rounded, null, 2) + '\n').toMatchFileSnapshot(`./__golden__/${name}-10d.json`);
  });
});
