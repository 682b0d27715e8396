import { describe, expect, it } from 'vitest';
import type { CasePathTable } from '../../src/engine/centre/casePaths';
import { CENTRE_TYPE_IDS } from '../../src/domain/vocabulary';
import { ENGINE_STEP_ORDER, toEngineCasePaths } from '../../models/centreTypes/engineCasePaths';

describe('engine case-path table from the statecharts', () => {
  it.each(CENTRE_TYPE_IDS)('%s: fits the engine’s CasePathTable, steps in journey order', (id) => {
    const table: CasePathTable = toEngineCasePaths(id);
    for (const byClass of Object.values(table)) {
      for (const steps of Object.values(byClass)) {
        const idx = steps.map((s) => ENGINE_STEP_ORDER.indexOf(s));
        expect(idx).toEqual([...idx].sort((a, b) => a - b));
        expect(steps.includes('window') !== steps.includes('ownOffice')).toBe(true);
      }
    }
    expect(table.absent.promised).toEqual(['ownOffice', 'backOffice', 'result']);
  });

  it('the paper’s distinctions survive the adapter', () => {
    expect(toEngineCasePaths('functionIntegration').reception.promised).toContain('twoEndTrip');
    expect(toEngineCasePaths('physicalUnification').reception.promised).not.toContain('twoEndTrip');
    expect(toEngineCasePaths('physicalUnification').reception.promised).not.toContain('transferToHeadquarters');
    expect(toEngineCasePaths('approvalBureau').bureau.linked).toEqual(['window', 'backOffice', 'result']);
    expect(toEngineCasePaths('economyLed')['whole-unit'].onTheSpot).toEqual(['window', 'decideOnSpot']);
  });
});
