import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MNIST_CLASSES, MNIST_PIXELS, MNIST_SIDE, MNIST_TEST_COUNT, MNIST_TRAIN_COUNT } from '../../src/model/mnistSizes';
import { parseManifest } from '../../src/model/mnistData';

describe('MNIST sizes', () => {
  it('are the sizes of the data the app ships (public/data/mnist/manifest.json)', () => {
    const manifest = parseManifest(JSON.parse(readFileSync(new URL('../../public/data/mnist/manifest.json', import.meta.url), 'utf8')));
    expect(manifest.files['train-images'].count).toBe(MNIST_TRAIN_COUNT);
    expect(manifest.files['test-images'].count).toBe(MNIST_TEST_COUNT);
    expect(manifest.files['test-images'].bytes).toBe(MNIST_TEST_COUNT * MNIST_PIXELS);
  });

  it('are 60,000 and 10,000 images of 28×28 = 784 pixels, 10 classes', () => {
    expect([MNIST_TRAIN_COUNT, MNIST_TEST_COUNT, MNIST_SIDE, MNIST_PIXELS, MNIST_CLASSES]).toEqual([60000, 10000, 28, 784, 10]);
  });
});
