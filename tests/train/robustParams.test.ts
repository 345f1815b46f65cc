import { describe, expect, it } from 'vitest';
import { readTrainLink, runSettings } from '../../src/train/trainParams';
import { initialRobustTrainView, reduceRobustMessage, robustCancelRequested, robustRequested } from '../../src/state/robustTrainView';

describe('augment= on #/train', () => {
  it('none by default; the run gets no augment field', () => {
    const { settings } = readTrainLink({});
    expect(settings.augment).toEqual([]);
    expect(runSettings(settings).augment).toBeUndefined();
  });
  it('a comma list in a fixed order; unknown names are reported and nothing else changes', () => {
    const good = readTrainLink({ augment: 'rotate,shift', epochs: '2' });
    expect(good.settings.augment).toEqual(['shift', 'rotate']);
    expect(runSettings(good.settings).augment).toEqual(['shift', 'rotate']);
    const bad = readTrainLink({ augment: 'shift,wobble', epochs: '2' });
    expect(bad.settings.augment).toEqual(['shift']);
    expect(bad.settings.augmentUnknown).toEqual(['wobble']);
    expect(bad.settings.epochs).toBe(2);
    expect(bad.ignored).toEqual([]);
    expect({ ...bad.settings, augment: good.settings.augment, augmentUnknown: [] }).toEqual(good.settings);
  });
});

describe('robustness results in the store', () => {
  it('results per set, progress, a new test starts afresh, samples kept', () => {
    let s = robustRequested(initialRobustTrainView(), 25);
    expect(s.progress).toEqual({ done: 0, total: 25 });
    s = reduceRobustMessage(s, { type: 'robust', id: 'plain', accuracy: 0.99, count: 100, index: 0, total: 25, epochs: 1 });
    s = reduceRobustMessage(s, { type: 'robust', id: 'shift-right-1', accuracy: 0.97, count: 100, index: 1, total: 25, epochs: 1 });
    expect(s.results['shift-right-1'].accuracy).toBe(0.97);
    expect(s.progress).toEqual({ done: 2, total: 25 });
    s = reduceRobustMessage(s, { type: 'robust-done', seconds: 3, epochs: 1 });
    expect(s.progress).toBeNull();
    s = reduceRobustMessage(s, { type: 'robust', id: 'plain', accuracy: 0.5, count: 100, index: 0, total: 25, epochs: 2 });
    expect(Object.keys(s.results)).toEqual(['plain']);
    const images = new Float32Array(784);
    s = reduceRobustMessage(s, { type: 'augment-samples', epoch: 1, batch: 3, count: 1, images, originals: images, labels: Uint8Array.from([4]) });
    expect(s.samples?.batch).toBe(3);
  });

  it('cancel: progress says cancelling, then the sets done stay with a note; a cancel before the first set keeps the previous test', () => {
    let s = robustRequested(initialRobustTrainView(), 25);
    s = reduceRobustMessage(s, { type: 'robust', id: 'plain', accuracy: 0.9, count: 100, index: 0, total: 25, epochs: 1 });
    s = robustCancelRequested(s);
    expect(s.progress).toEqual({ done: 1, total: 25, cancelling: true });
    s = reduceRobustMessage(s, { type: 'robust', id: 'shift-right-1', accuracy: 0.8, count: 100, index: 1, total: 25, epochs: 1 });
    expect(s.progress?.cancelling).toBe(true);
    s = reduceRobustMessage(s, { type: 'robust-cancelled', done: 2, total: 25, seconds: 1.5 });
    expect(s.progress).toBeNull();
    expect(s.cancelled).toEqual({ done: 2, total: 25 });
    expect(Object.keys(s.results)).toEqual(['plain', 'shift-right-1']);
    // nothing runs: a cancel changes nothing
    expect(robustCancelRequested(s)).toBe(s);

    let full = initialRobustTrainView();
    for (let i = 0; i < 25; i++) full = reduceRobustMessage(full, { type: 'robust', id: `set-${i}`, accuracy: 0.5, count: 100, index: i, total: 25, epochs: 3 });
    full = reduceRobustMessage(full, { type: 'robust-done', seconds: 9, epochs: 3 });
    let again = robustCancelRequested(robustRequested(full, 25));
    again = reduceRobustMessage(again, { type: 'robust-cancelled', done: 0, total: 25, seconds: 0.2 });
    expect(again.results).toEqual(full.results);
    expect(again.seconds).toBe(9);
    expect(again.cancelled).toEqual({ done: 0, total: 25 });
    // the next test clears the note
    expect(robustRequested(again, 25).cancelled).toBeNull();
  });
});
