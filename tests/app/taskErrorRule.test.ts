// A refusal that fails a job keeps its catalogue rule, so the run's error is worded in the UI's
// language: from the pool (ScenarioValidationError.rule) or from a worker (code and params copied
// onto the Error by Comlink, src/worker/errorTransfer.ts).
import { describe, expect, it } from 'vitest';
import { toTaskError } from '../../src/app/taskMachine';
import { ScenarioValidationError } from '../../src/client/simPool';
import { taskErrorText } from '../../src/ui/run/TaskError';
import { translate, type MessageKey, type MessageParams } from '../../src/ui/i18n/messages';

const tZh = (k: MessageKey, p?: MessageParams) => translate('zh-CN', k, p);

describe('a refused job as the UI shows it', () => {
  it('keeps the rule the pool sends, and words it in Chinese', () => {
    const e = toTaskError(new ScenarioValidationError('invalid simulation.warmupDays: must be less than simulation.days (5), got 5', 'simulation.warmupDays', { code: 'field.lt', field: 'simulation.days', path: 'simulation.days', value: 5 }));
    expect(e.rule).toEqual({ code: 'field.lt', field: 'simulation.days', path: 'simulation.days', value: 5 });
    const text = taskErrorText(tZh, e, 'zh-CN');
    expect(text).toContain('必须小于仿真工作日（5）');
    expect(text).not.toMatch(/must/);
  });

  it('rebuilds the rule from the code and params a worker error carries', () => {
    const fromWorker = Object.assign(new Error('invalid year: must be a year of the projection, 2002–2015, got 1990'), { path: 'year', rule: 'must be a year of the projection, 2002–2015', code: 'projection.year', params: { from: 2002, to: 2015 } });
    const e = toTaskError(fromWorker);
    expect(e.rule).toEqual({ code: 'projection.year', from: 2002, to: 2015 });
    expect(taskErrorText(tZh, e, 'zh-CN')).toContain('必须是推演年份 2002–2015 之一');
  });

  it('an error without a rule keeps its own text', () => {
    const e = toTaskError(new Error('something else'));
    expect(e.rule).toBeUndefined();
    expect(taskErrorText(tZh, e, 'zh-CN')).toBe('something else');
  });
});
