/** Hall capacity claims: more windows never raise waits (sample-path monotonicity under common random numbers). */
import { describe, expect, it } from 'vitest';
import { runCentreReplications } from '../../src/engine/centre/runCentre';
import { loadPreset, short, variant } from '../centre/helpers';

describe('claims: windows', () => {
  it('DATA §4 (add windows when the 15-minute standard is missed): more windows never raise waits, and one more window per department cuts them', () => {
    const base = variant(short(loadPreset('tianjin-2007'), 20), (x) => x.departments.forEach((d) => (d.windows = Math.max(1, Math.round(d.windows * 0.6)))));
    const waits = [0, 1, 2].map((extra) => {
      const s = variant(base, (x) => x.departments.forEach((d) => (d.windows += extra)));
      return runCentreReplications(s, { from: 0, to: 4 }).map((r) => r.kpis.meanWaitMinutes);
    });
    for (let r = 0; r < 4; r++) {
      expect(waits[1][r]).toBeLessThanOrEqual(waits[0][r] + 1e-9);
      expect(waits[2][r]).toBeLessThanOrEqual(waits[1][r] + 1e-9);
    }
    expect(waits[1].every((w, r) => w < waits[0][r])).toBe(true);
  });
});
