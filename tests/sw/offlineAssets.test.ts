import { describe, expect, it } from 'vitest';
import { ISOLATION_HEADERS, withIsolationHeaders } from '../../src/sw/isolation';
import { lazyCacheKey, markLazy, plainUrl, splitManifest } from '../../src/sw/offlineAssets';

describe('isolation headers', () => {
  it('adds COOP, COEP and CORP and keeps the body, status and other headers', async () => {
    const r = withIsolationHeaders(new Response('hello', { status: 200, headers: { 'content-type': 'text/html' } }));
    expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(r.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(r.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(r.headers.get('content-type')).toBe('text/html');
    expect(await r.text()).toBe('hello');
    expect(Object.keys(ISOLATION_HEADERS)).toHaveLength(3);
  });

  it('keeps a not-found status', () => {
    expect(withIsolationHeaders(new Response('no', { status: 404 })).status).toBe(404);
  });
});

describe('lazy offline files', () => {
  it('a lazy mark survives the manifest and comes back as the real revision', () => {
    const manifest = [
      { url: 'index.html', revision: 'r1' },
      markLazy({ url: 'assets/tfjs-abc.js', revision: null }),
      markLazy({ url: 'models/lenet5/model.json', revision: 'r2' }),
      'assets/lesson-x.js',
    ];
    const { core, lazy } = splitManifest(manifest);
    expect(core).toEqual([{ url: 'index.html', revision: 'r1' }, { url: 'assets/lesson-x.js', revision: null }]);
    expect(lazy).toEqual([{ url: 'assets/tfjs-abc.js', revision: null }, { url: 'models/lenet5/model.json', revision: 'r2' }]);
  });

  it('cache keys: hashed names as they are, fixed names with their revision', () => {
    const base = 'https://x.org/app/sw.js';
    expect(lazyCacheKey({ url: 'assets/tfjs-abc.js', revision: null }, base)).toBe('https://x.org/app/assets/tfjs-abc.js');
    expect(lazyCacheKey({ url: 'models/lenet5/model.json', revision: 'r2' }, base)).toBe('https://x.org/app/models/lenet5/model.json?__rev=r2');
    expect(plainUrl('https://x.org/app/models/lenet5/model.json?x=1#y', base)).toBe('https://x.org/app/models/lenet5/model.json');
  });
});
