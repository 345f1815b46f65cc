/**
 * The sizes of MNIST, in one place (pure: the core, the lessons, the model and the pages read it):
 * 60,000 training and 10,000 test images of 28×28 grey pixels, one of 10 digits each.
 *
 * @example
 * images.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS); // test image i
 */

/** Training images. */
export const MNIST_TRAIN_COUNT = 60_000;
/** Test images. */
export const MNIST_TEST_COUNT = 10_000;
/** Side of an image in pixels (28). */
export const MNIST_SIDE = 28;
/** Pixels of an image (28 × 28 = 784). */
export const MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;
/** Classes: the digits 0–9. */
export const MNIST_CLASSES = 10;
