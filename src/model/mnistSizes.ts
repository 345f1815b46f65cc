/**
 * The sizes of MNIST for src/model and the pages (draw, train, compare…): the constants live in the
 * core (src/core/mnistSizes.ts), where the lessons and the core's own transforms read them too.
 */
export { MNIST_CLASSES, MNIST_PIXELS, MNIST_SIDE, MNIST_TEST_COUNT, MNIST_TRAIN_COUNT } from '../core/mnistSizes';
