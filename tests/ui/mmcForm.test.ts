import { describe, expect, it } from 'vitest';
import { defaultMmcForm, fieldForPath, mmcScenario, normaliseNumberText, offeredLoad, validateMmcForm, type MmcFormValues } from '../../src/ui/views/plan/mmcForm';

const form = (patch: Partial<MmcFormValues>): MmcFormValues => ({ ...defaultMmcForm, ...patch });

describe('M/M/c form validation', () => {
  it('the default form is valid and stable (ρ = 0.9)', () => {
    const v = validateMmcForm(defaultMmcForm);
    expect(v.issues).toEqual([]);
    expect(v.params).toEqual({ arrivalRate: 9, serviceRate: 1, servers: 10, replications: 20, stopMinutes: 20000, warmupMinutes: 1000, seed: 1 });
    expect(offeredLoad(defaultMmcForm)).toBeCloseTo(0.9, 12);
  });

  it.each([
    [{ servers: '0' }, { field: 'servers', rule: 'integerMin', params: { min: 1, value: 0 } }],
    [{ servers: '2.5' }, { field: 'servers', rule: 'integerMin', params: { min: 1, value: 2.5 } }],
    [{ servers: '' }, { field: 'servers', rule: 'required', params: {} }],
    [{ arrivalRate: 'abc' }, { field: 'arrivalRate', rule: 'number', params: { value: 'abc' } }],
    [{ arrivalRate: '0x10' }, { field: 'arrivalRate', rule: 'number', params: { value: '0x10' } }],
    [{ serviceRate: '-1' }, { field: 'serviceRate', rule: 'positive', params: { value: -1 } }],
    [{ replications: '5000' }, { field: 'replications', rule: 'max', params: { max: 1000, value: 5000 } }],
    [{ warmupMinutes: '-5' }, { field: 'warmupMinutes', rule: 'nonNegative', params: { value: -5 } }],
    [{ warmupMinutes: '30000' }, { field: 'warmupMinutes', rule: 'belowStop', params: { stop: 20000, value: 30000 } }],
    [{ arrivalRate: '10' }, { field: 'arrivalRate', rule: 'stable', params: { capacity: 10, value: 10 } }],
  ] as const)('%o → %o', (patch, issue) => {
    const v = validateMmcForm(form(patch));
    expect(v.params).toBeUndefined();
    expect(v.issues).toEqual([issue]);
  });

  it('reads full-width digits typed with a Chinese IME', () => {
    expect(normaliseNumberText(' １２．５ ')).toBe('12.5');
    expect(validateMmcForm(form({ servers: '１２' })).params?.servers).toBe(12);
  });

  it('offered load is undefined while λ, μ or c are not valid', () => {
    expect(offeredLoad(form({ servers: 'x' }))).toBeUndefined();
  });
});

describe('M/M/c scenario', () => {
  it('is the onewindow/network envelope with one class, one station and the exit', () => {
    const s = mmcScenario(validateMmcForm(defaultMmcForm).params!);
    expect(s).toMatchObject({
      type: 'onewindow/network',
      version: 1,
      seed: 1,
      replications: 20,
      stop: { minutes: 20000 },
      warmup: { minutes: 1000 },
      classes: [{ id: 'walk-in', arrivals: { to: 'hall', interarrival: { dist: 'exponential', rate: 9 } } }],
      stations: [{ id: 'hall', servers: 10, discipline: 'fifo', service: { dist: 'exponential', rate: 1 } }],
      routing: { hall: [{ to: 'exit', p: 1 }] },
    });
  });

  it('maps engine validation paths back to form fields', () => {
    expect(fieldForPath('stations[0].servers')).toBe('servers');
    expect(fieldForPath('classes[0].arrivals.interarrival.rate')).toBe('arrivalRate');
    expect(fieldForPath('stations[0].service.rate')).toBe('serviceRate');
    expect(fieldForPath('stop.minutes')).toBe('stopMinutes');
    expect(fieldForPath('routing.hall')).toBeUndefined();
    expect(fieldForPath(undefined)).toBeUndefined();
  });
});
