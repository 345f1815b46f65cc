import { describe, expect, it } from 'vitest';
import { EpochTimer } from '../../src/model/epochTiming';

describe('EpochTimer', () => {
  it('splits an epoch’s wall time into its parts; the rest is "other"; report restarts the clock', async () => {
    let now = 0;
    const timer = new EpochTimer(() => now);
    timer.time('data', () => { now += 2; });
    timer.add('steps', 10);
    now += 10;
    await timer.timeAsync('evaluation', async () => { now += 5; });
    now += 3; // not covered by any part
    const r = timer.report();
    expect(r).toEqual({ wall: 20, other: 3, steps: 10, data: 2, evaluation: 5, messages: 0, views: 0, checkpoints: 0, yield: 0 });
    now += 4;
    timer.add('views', 1);
    expect(timer.report()).toMatchObject({ wall: 4, views: 1, other: 3, steps: 0 });
  });
});
