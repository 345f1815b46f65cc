/**
 * The build's one tfjs file (vite.tfRuntime.ts builds it on its own as assets/tf-runtime-<hash>.js):
 * everything the app imports from '@tensorflow/tfjs', '@tensorflow/tfjs-core' and
 * '@tensorflow/tfjs-backend-wasm'. The page's chunks and the training worker both import it, so the
 * browser downloads tfjs once. Not imported by the app's source: `npm start` and vitest use the
 * packages themselves.
 */
export * from '@tensorflow/tfjs';
export * from '@tensorflow/tfjs-backend-wasm';
