/**
 * One tfjs for the page and the training worker. Vite builds the worker on its own, so the page's
 * chunks and the worker bundle used to carry a copy of tfjs each (a learner opening #/train
 * downloaded both). This builds src/model/tfRuntime.ts once, by itself, into
 * assets/tf-runtime-<content hash>.js and makes '@tensorflow/tfjs', '-core' and '-backend-wasm'
 * imports external imports of that file, in the page build (`page`) and in the worker build
 * (`worker`): both sit in assets/, so `./tf-runtime-….js` reaches it from either. The browser fetches
 * it once; the page and the worker each evaluate it. Build only: `npm start` and vitest import the
 * packages themselves. The wasm binaries' `?url` imports (wasmAssets.ts) are untouched.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { build, type Plugin } from 'vite';
import { tfjsThreadsPlugin } from './vite.tfjsThreads.js';

/** The specifiers that go to the runtime file (exactly these: not their subpaths). */
const TFJS = new Set(['@tensorflow/tfjs', '@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-wasm']);
const ENTRY = 'src/model/tfRuntime.ts';

interface Runtime {
  /** Relative to dist/: assets/tf-runtime-<hash>.js. */
  fileName: string;
  code: string;
}

/** Builds the runtime file in memory (minified ES module, one file, tfjs's threads patch applied). */
async function buildRuntime(root: string): Promise<Runtime> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    plugins: [tfjsThreadsPlugin()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: { input: ENTRY, preserveEntrySignatures: 'strict', output: { format: 'es', codeSplitting: false } },
    },
  });
  const items = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = items.find((c) => c.type === 'chunk');
  if (!chunk || items.length !== 1) throw new Error(`vite.tfRuntime.ts: building ${ENTRY} gave ${items.map((i) => i.fileName).join(', ')}, not one file`);
  const hash = createHash('sha256').update(chunk.code).digest('base64url').slice(0, 8);
  return { fileName: `assets/tf-runtime-${hash}.js`, code: chunk.code };
}

/** The page build's plugin and a factory for the worker build's (vite.config.ts: `worker.plugins`). */
export function tfRuntimePlugins(): { page: Plugin; worker: () => Plugin } {
  let runtime: Promise<Runtime> | undefined;
  let root = process.cwd();
  const get = () => (runtime ??= buildRuntime(root));
  const resolver = (name: string): Plugin => ({
    name,
    apply: 'build',
    // Before Vite's own resolver, which would find the packages.
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async resolveId(source) {
      if (!TFJS.has(source)) return null;
      return { id: `./${basename((await get()).fileName)}`, external: true };
    },
  });
  const page = resolver('cnn-tf-runtime');
  return {
    page: {
      ...page,
      async buildStart() {
        const r = await get();
        this.emitFile({ type: 'asset', fileName: r.fileName, source: r.code });
      },
    },
    worker: () => resolver('cnn-tf-runtime-worker'),
  };
}
