// Issue 12 point 3: a worker that dies mid-run fails the run with a message in the UI's language.
import { describe, expect, it } from 'vitest';
import { toTaskError } from '../../src/app/taskMachine';
import { WorkerCrashError } from '../../src/client/workerQueue';
import { translate } from '../../src/ui/i18n/messages';

describe('a worker crash as the UI shows it', () => {
  it('toTaskError keeps the crash as a code with the browser’s detail, not as English text', () => {
    const e = toTaskError(new WorkerCrashError('The simulation worker stopped unexpectedly (out of memory).', 'out of memory'));
    expect(e).toEqual({ message: 'The simulation worker stopped unexpectedly (out of memory).', code: 'workerCrash', detail: 'out of memory' });
    expect(toTaskError(new Error('invalid x: y')).code).toBeUndefined();
  });

  it('fault.workerCrash says the run failed and the worker was replaced, in Chinese and English', () => {
    expect(translate('zh-CN', 'fault.workerCrash', { detail: '（内存不足）' })).toMatch(/^一个仿真工作线程意外停止（内存不足），本次运行失败/);
    expect(translate('en', 'fault.workerCrash', { detail: ' (out of memory)' })).toMatch(/^A simulation worker stopped unexpectedly \(out of memory\), so this run failed.*replaced/);
  });
});
