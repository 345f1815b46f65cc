import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { autoOrder, selectBackend } from '../../src/model/backend';
import { isSoftwareRenderer } from '../../src/model/renderer';
import { tf } from './tfNode';

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
const wasmPaths = {
  'tfjs-backend-wasm.wasm': join(dist, 'tfjs-backend-wasm.wasm'),
  'tfjs-backend-wasm-simd.wasm': join(dist, 'tfjs-backend-wasm-simd.wasm'),
  'tfjs-backend-wasm-threaded-simd.wasm': join(dist, 'tfjs-backend-wasm-threaded-simd.wasm'),
};

describe('isSoftwareRenderer', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', true],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)', true],
    ['Google SwiftShader', true],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', false],
    ['Apple M1', false],
    ['Mali-G78', false],
  ])('%s → %s', (renderer, soft) => {
    expect(isSoftwareRenderer(renderer)).toBe(soft);
  });
});

describe('autoOrder', () => {
  it('GPU: webgl first; software: wasm first; no WebGL: wasm then cpu', () => {
    expect(autoOrder('Apple M1').order).toEqual(['webgl', 'wasm', 'cpu']);
    expect(autoOrder('llvmpipe (LLVM 15)').order).toEqual(['wasm', 'webgl', 'cpu']);
    expect(autoOrder('llvmpipe (LLVM 15)').why).toMatch(/software \(llvmpipe/);
    expect(autoOrder(undefined).order).toEqual(['wasm', 'cpu']);
  });
});

describe('selectBackend (Node: no WebGL)', () => {
  it('an explicit cpu choice wins', async () => {
    const s = await selectBackend({ choice: 'cpu', wasmPaths });
    expect(s).toEqual({ backend: 'cpu', renderer: '', reason: 'chosen: backend=cpu', threads: 1, isolated: false });
    expect(tf.getBackend()).toBe('cpu');
  });

  it('webgl chosen but not available: falls back to wasm and says why', async () => {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    const s = await selectBackend({ choice: 'webgl', wasmPaths });
    expect(s.backend).toBe('wasm');
    expect(s.reason).toBe('webgl is not available here; using wasm instead (WebGL is not available)');
    expect(tf.getBackend()).toBe('wasm');
  });

  it('auto without WebGL picks wasm', async () => {
    const s = await selectBackend({ choice: 'auto', wasmPaths });
    expect(s).toEqual({ backend: 'wasm', renderer: '', reason: 'wasm: WebGL is not available', threads: 1, isolated: false });
  });
});
