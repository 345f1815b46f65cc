import { describe, expect, it } from 'vitest';
import { autoThreadCount, MAX_THREADS, wasmThreadCount } from '../../src/model/threads';

describe('wasm thread count', () => {
  it('leaves one core for the page, caps at MAX_THREADS', () => {
    expect(autoThreadCount(undefined)).toBe(1);
    expect(autoThreadCount(0)).toBe(1);
    expect(autoThreadCount(1)).toBe(1);
    expect(autoThreadCount(2)).toBe(1);
    expect(autoThreadCount(4)).toBe(3);
    expect(autoThreadCount(8)).toBe(7);
    expect(autoThreadCount(64)).toBe(MAX_THREADS);
  });

  it('one thread when the context is not cross-origin isolated; the link’s count when it is', () => {
    expect(wasmThreadCount(4, false, 8)).toBe(1);
    expect(wasmThreadCount(undefined, false, 8)).toBe(1);
    expect(wasmThreadCount(4, true, 2)).toBe(4);
    expect(wasmThreadCount(0, true, 8)).toBe(7);
    expect(wasmThreadCount(99, true, 8)).toBe(MAX_THREADS);
  });
});
