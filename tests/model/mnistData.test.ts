import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DataError, loadMnist, parseManifest, type DataProgress, type FetchLike } from '../../src/model/mnistData';
import { sha256Hex, sha256Plain, toHex } from '../../src/model/sha256';

const BASE = 'http://127.0.0.1:4173/data/mnist/';

/** A tiny fake MNIST: 3 training and 2 test images. */
function fakeFiles(): { manifest: Record<string, unknown>; bodies: Map<string, Uint8Array> } {
  const parts = {
    'train-images': Uint8Array.from({ length: 3 * 784 }, (_, i) => i % 256),
    'train-labels': Uint8Array.from([5, 0, 4]),
    'test-images': Uint8Array.from({ length: 2 * 784 }, (_, i) => (i * 7) % 256),
    'test-labels': Uint8Array.from([7, 2]),
  };
  const files: Record<string, unknown> = {};
  const bodies = new Map<string, Uint8Array>();
  for (const [name, body] of Object.entries(parts)) {
    const gz = new Uint8Array(gzipSync(body));
    files[name] = {
      file: `${name}.u8.gz`,
      count: name.endsWith('images') ? body.length / 784 : body.length,
      bytes: body.length,
      gzipBytes: gz.length,
      sha256: createHash('sha256').update(body).digest('hex'),
    };
    bodies.set(`${name}.u8.gz`, gz);
  }
  return { manifest: { version: 1, source: 'test', files }, bodies };
}

/** A fake fetch serving the manifest and bodies (chunked streams), with overrides per file. */
function fakeFetch(manifest: unknown, bodies: Map<string, Uint8Array>, override: Record<string, () => Response> = {}): FetchLike & { urls: string[] } {
  const urls: string[] = [];
  const f = async (url: string): Promise<Response> => {
    urls.push(url);
    const name = url.slice(BASE.length);
    if (override[name]) return override[name]();
    if (name === 'manifest.json') return new Response(JSON.stringify(manifest), { status: 200 });
    const body = bodies.get(name);
    if (!body) return new Response('not found', { status: 404 });
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < body.length; i += 100) c.enqueue(body.slice(i, i + 100));
        c.close();
      },
    });
    return new Response(stream, { status: 200, headers: { 'content-length': String(body.length) } });
  };
  return Object.assign(f, { urls });
}

describe('loadMnist', () => {
  it('loads both parts, gunzips, verifies, and reports byte progress up to the total', async () => {
    const { manifest, bodies } = fakeFiles();
    const progress: DataProgress[] = [];
    const fetch = fakeFetch(manifest, bodies);
    const data = await loadMnist(BASE, { fetch, onProgress: (p) => progress.push(p) });
    expect(data.train?.count).toBe(3);
    expect(Array.from(data.train?.labels ?? [])).toEqual([5, 0, 4]);
    expect(data.train?.images[785]).toBe(785 % 256);
    expect(data.test?.count).toBe(2);
    expect(Array.from(data.test?.labels ?? [])).toEqual([7, 2]);
    const total = [...bodies.values()].reduce((s, b) => s + b.length, 0);
    const downloads = progress.filter((p) => p.phase === 'download' || p.phase === 'verify');
    expect(downloads.every((p, i) => i === 0 || p.loaded >= downloads[i - 1].loaded)).toBe(true);
    expect(progress.at(-1)).toEqual({ loaded: total, total, phase: 'done' });
    expect(fetch.urls.every((u) => u.startsWith(BASE))).toBe(true);
  });

  it('loads only the test part when asked', async () => {
    const { manifest, bodies } = fakeFiles();
    const fetch = fakeFetch(manifest, bodies);
    const data = await loadMnist(BASE, { fetch, parts: ['test'] });
    expect(data.train).toBeUndefined();
    expect(data.test?.count).toBe(2);
    expect(fetch.urls.some((u) => u.includes('train'))).toBe(false);
  });

  it('accepts bytes a server has already decoded (no gzip magic 1f 8b)', async () => {
    const { manifest, bodies } = fakeFiles();
    const plain = Uint8Array.from([7, 2]);
    const data = await loadMnist(BASE, { fetch: fakeFetch(manifest, bodies, { 'test-labels.u8.gz': () => new Response(plain) }), parts: ['test'] });
    expect(Array.from(data.test?.labels ?? [])).toEqual([7, 2]);
  });

  it('HTTP 404 gives DataError "missing" naming the file', async () => {
    const { manifest, bodies } = fakeFiles();
    bodies.delete('test-images.u8.gz');
    const err = await loadMnist(BASE, { fetch: fakeFetch(manifest, bodies), parts: ['test'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).code).toBe('missing');
    expect((err as DataError).file).toBe('test-images.u8.gz');
    expect((err as DataError).message).toMatch(/test-images\.u8\.gz is missing on the server \(HTTP 404\)/);
  });

  it('a missing manifest is "missing"; a failing network is "network"; HTTP 500 is "network"', async () => {
    const { manifest, bodies } = fakeFiles();
    const e1 = await loadMnist(BASE, { fetch: fakeFetch(manifest, bodies, { 'manifest.json': () => new Response('', { status: 404 }) }) }).catch((e: unknown) => e);
    expect((e1 as DataError).code).toBe('missing');
    const e2 = await loadMnist(BASE, { fetch: async () => { throw new TypeError('Failed to fetch'); } }).catch((e: unknown) => e);
    expect((e2 as DataError).code).toBe('network');
    expect((e2 as DataError).message).toMatch(/Failed to fetch/);
    const e3 = await loadMnist(BASE, { fetch: fakeFetch(manifest, bodies, { 'test-labels.u8.gz': () => new Response('', { status: 500 }) }), parts: ['test'] }).catch((e: unknown) => e);
    expect((e3 as DataError).code).toBe('network');
  });

  it('a truncated file, a changed byte and broken gzip are "corrupt"', async () => {
    const { manifest, bodies } = fakeFiles();
    const truncated = new Uint8Array(gzipSync(Uint8Array.from([7])));
    const e1 = await loadMnist(BASE, { fetch: fakeFetch(manifest, bodies, { 'test-labels.u8.gz': () => new Response(truncated) }), parts: ['test'] }).catch((e: unknown) => e);
    expect((e1 as DataError).code).toBe('corrupt');
    expect((e1 as DataError).message).toMatch(/1 bytes instead of 2/);
    const changed = new Uint8Array(gzipSync(Uint8Array.from([7, 3])));
    const e2 = await loadMnist(BASE, { fetch: fakeFetch(manifest, bodies, { 'test-labels.u8.gz': () => new Response(changed) }), parts: ['test'] }).catch((e: unknown) => e);
    expect((e2 as DataError).code).toBe('corrupt');
    expect((e2 as DataError).message).toMatch(/SHA-256/);
    const broken = (bodies.get('test-images.u8.gz') as Uint8Array).slice(0, 40);
    const e3 = await loadMnist(BASE, { fetch: fakeFetch(manifest, bodies, { 'test-images.u8.gz': () => new Response(broken) }), parts: ['test'] }).catch((e: unknown) => e);
    expect((e3 as DataError).code).toBe('corrupt');
  });

  it('a damaged manifest is "corrupt" with the reason', async () => {
    expect(() => parseManifest({ version: 2 })).toThrow(/format version 2/);
    const { manifest } = fakeFiles();
    const files = manifest.files as Record<string, Record<string, unknown>>;
    files['test-images'].bytes = 5;
    expect(() => parseManifest(manifest)).toThrow(/test-images lists 5 bytes for 2 items/);
    const e = await loadMnist(BASE, { fetch: async () => new Response('{not json') }).catch((err: unknown) => err);
    expect((e as DataError).code).toBe('corrupt');
  });
});

describe('sha256', () => {
  it('plain SHA-256 equals node:crypto on lengths around the block edges', async () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 70001]) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) % 256);
      const want = createHash('sha256').update(data).digest('hex');
      expect(toHex(sha256Plain(data))).toBe(want);
      expect(await sha256Hex(data)).toBe(want);
    }
    expect(toHex(sha256Plain(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
