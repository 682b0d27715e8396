import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { stagePath } from '../../src/engine/projection/project';
import { projectionModels } from '../../models/programmes/projectionModels';
import { stageOf, STAGE_THRESHOLD_VALUES, STAGE_THRESHOLDS, stageUnder, type MeasuredState } from '../../models/stages/stageMachine';
import { stageSensitivity } from '../../models/stages/stageSensitivity';

const replay = loadScenario(JSON.parse(readFileSync(new URL('../../models/presets/dalian-replay.scenario.json', import.meta.url), 'utf8'))) as CentreScenario;
const path = stagePath(replay, projectionModels) as unknown as { year: number; stage: string; measured: MeasuredState }[];

describe('stage sensitivity (issue 9 point 5)', () => {
  it('stageUnder at the thresholds in force is the stage machine’s stage on every year of the replay', () => {
    for (const p of path) expect(stageUnder(p.measured, STAGE_THRESHOLD_VALUES)).toBe(stageOf(p.measured));
  });

  it('the table in models/README.md is what stageSensitivity computes on the replay’s path', () => {
    const readme = readFileSync(new URL('../../models/README.md', import.meta.url), 'utf8');
    const rows = readme.split('\n').filter((l) => /^\| (stage\w+ \(|\(all at)/.test(l));
    const { base, rows: computed } = stageSensitivity(path);
    const y = (x: number | null) => (x === null ? 'never' : String(x));
    const expected = [
      `| (all at their defaults) | — | ${y(base.stage1)} | ${y(base.stage2)} | ${y(base.stage3)} |`,
      ...computed.map((r) => `| ${r.threshold} (${STAGE_THRESHOLDS[r.threshold].value}) | ${r.value} | ${y(r.firstYear.stage1)} | ${y(r.firstYear.stage2)} | ${y(r.firstYear.stage3)} |`),
    ];
    expect(rows).toEqual(expected);
    expect(base).toEqual({ stage1: 2002, stage2: 2006, stage3: 2009 });
  });
});
