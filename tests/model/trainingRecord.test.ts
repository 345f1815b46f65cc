import { describe, expect, it } from 'vitest';
import { freshRecord, modelMetadata, recordOf } from '../../src/model/trainingRecord';
import { defaultSpec } from '../../src/model/spec';

describe('training record in saved-model metadata', () => {
  it('round-trips through the metadata, rounded to 0.1 s and 0.01 epochs', () => {
    const meta = modelMetadata(defaultSpec('lenet5'), { trainingSeconds: 41.26, epochs: 1.4567, testAccuracy: 0.9712, testCount: 10000 });
    expect(meta).toEqual({ app: 'cnn-classroom', spec: defaultSpec('lenet5'), trainingSeconds: 41.3, epochs: 1.46, testAccuracy: 0.9712, testCount: 10000 });
    expect(recordOf(meta)).toEqual({ trainingSeconds: 41.3, epochs: 1.46, testAccuracy: 0.9712, testCount: 10000 });
  });

  it('leaves the test out when it was not measured after the last step, and everything out when unknown', () => {
    expect(modelMetadata(undefined, { trainingSeconds: 3, epochs: 0.5, testAccuracy: null, testCount: null })).toEqual({ app: 'cnn-classroom', spec: undefined, trainingSeconds: 3, epochs: 0.5 });
    expect(modelMetadata(undefined, null)).toEqual({ app: 'cnn-classroom', spec: undefined });
    expect(freshRecord()).toEqual({ trainingSeconds: 0, epochs: 0, testAccuracy: null, testCount: null });
  });

  it('reads no record from old or damaged metadata', () => {
    expect(recordOf(undefined)).toBeNull();
    expect(recordOf({ app: 'cnn-classroom' })).toBeNull();
    expect(recordOf({ app: 'cnn-classroom', trainingSeconds: 'slow', epochs: 1 })).toBeNull();
    expect(recordOf({ app: 'cnn-classroom', trainingSeconds: -1, epochs: 1 })).toBeNull();
    expect(recordOf({ app: 'cnn-classroom', trainingSeconds: 5, epochs: Number.NaN })).toBeNull();
    // A test accuracy outside 0…1 or without its count is dropped, the time kept.
    expect(recordOf({ app: 'cnn-classroom', trainingSeconds: 5, epochs: 1, testAccuracy: 97, testCount: 100 })).toEqual({ trainingSeconds: 5, epochs: 1, testAccuracy: null, testCount: null });
    expect(recordOf({ app: 'cnn-classroom', trainingSeconds: 5, epochs: 1, testAccuracy: 0.9 })).toEqual({ trainingSeconds: 5, epochs: 1, testAccuracy: null, testCount: null });
  });
});
