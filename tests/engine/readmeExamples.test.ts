import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplications } from '../../src/engine/run/runReplications';
import { summarise } from '../../src/engine/run/summarise';
import { loadScenario } from '../../src/engine/scenario/loadScenario';

describe('src/engine/scenario/README.md', () => {
  it('every JSON example loads and runs', () => {
    const text = readFileSync(join(__dirname, '../../src/engine/scenario/README.md'), 'utf8');
    const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) {
      const sc = loadScenario(b);
      const s = summarise(sc, runReplications(sc, { from: 0, to: 2 }));
      expect(s.kpis.casesCompleted.mean).toBeGreaterThan(0);
      expect(s.kpis.hallVisitsPerCase.mean).toBeGreaterThanOrEqual(1);
    }
  });
});
