import { describe, expect, it } from 'vitest';
import { RssSampler } from '../../src/cli/bench/rssSampler';

describe('RssSampler', () => {
  it('sees a peak reached while the main thread is blocked', async () => {
    const sampler = await RssSampler.start(2);
    const before = await sampler.peak();
    // touch 128 MB synchronously, hold it for ~100 ms of busy work, then drop it
    let big: Uint8Array | undefined = new Uint8Array(128 * 1024 * 1024).fill(1);
    const until = performance.now() + 100;
    while (performance.now() < until);
    expect(big[12345]).toBe(1);
    big = undefined;
    const peak = await sampler.stop();
    expect(peak - before).toBeGreaterThan(100 * 1024 * 1024);
  });
});
