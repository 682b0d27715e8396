/**
 * Honest calibration (DESIGN.md § What makes the model defensible; issue 9 point 9): every figure of
 * models/data/calibration.json has a role and says why; every `tuned` figure names the registry
 * parameters set to reach it, each marked `tuned` in src/domain/parameters.ts, and every parameter the
 * registry marks as tuned is named by a `tuned` figure (or says it has no calibration row). Fast: no
 * simulation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALIBRATION_ROLES, type CalibrationTarget } from '../../src/engine/centre/calibration';
import { centreParameterIndex, centreParameters } from '../../src/domain/parameters';

const targets = (JSON.parse(readFileSync(new URL('../../models/data/calibration.json', import.meta.url), 'utf8')) as { targets: CalibrationTarget[] }).targets;
const tunedTargets = targets.filter((t) => t.role === 'tuned');

describe('calibration roles', () => {
  it.each(targets.map((t) => [t.id, t] as const))('%s has a role and a reason', (_id, t) => {
    expect(CALIBRATION_ROLES).toContain(t.role);
    expect(t.why.length).toBeGreaterThan(20);
    expect(t.source.length).toBeGreaterThan(0);
    if (t.role !== 'tuned') expect(t.parameters, `${t.id}: only tuned figures name tuned parameters`).toBeUndefined();
  });

  it('every tuned figure names parameters the registry marks as tuned', () => {
    for (const t of tunedTargets) {
      expect(t.parameters?.length, t.id).toBeGreaterThan(0);
      for (const path of t.parameters ?? []) {
        const spec = centreParameterIndex.get(path);
        expect(spec, `${t.id}: ${path} is not in the registry`).toBeDefined();
        expect(spec?.tuned, `${t.id}: the registry does not mark ${path} as tuned`).toBeTruthy();
      }
    }
  });

  it('every parameter the registry marks as tuned is named by a tuned figure, or says it has no calibration row', () => {
    const named = new Set(tunedTargets.flatMap((t) => t.parameters ?? []));
    const tuned = centreParameters.filter((p) => p.tuned);
    expect(tuned.length).toBeGreaterThan(0);
    for (const p of tuned) {
      if (p.tuned?.includes('no calibration row')) expect(named.has(p.path), `${p.path} says it has no calibration row but ${[...named].join(', ')} names it`).toBe(false);
      else expect(named.has(p.path), `${p.path} is marked tuned (“${p.tuned}”) but no tuned figure of calibration.json names it`).toBe(true);
    }
  });

  it('Ningbo and Chengdu Wuhou each have a validation figure', () => {
    const validation = targets.filter((t) => t.role === 'validation');
    for (const preset of ['ningbo', 'chengdu-wuhou']) expect(validation.some((t) => t.preset === preset || t.ratioTo === preset), preset).toBe(true);
  });
});
