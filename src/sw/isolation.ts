/**
 * Cross-origin isolation: the headers that let a page (and its workers) use SharedArrayBuffer, which
 * tfjs's threaded wasm build needs. `npm start` and `npm run preview` send them (vite.config.ts); on
 * a static host that cannot set headers, the service worker adds them to every response it serves
 * (sw.ts). Nothing here is service-worker-only, so the dev server config and tests use it too.
 */

/** COOP + COEP make the document cross-origin isolated; CORP lets its same-origin files load under COEP. */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The same response with the isolation headers set. Opaque responses (another origin, no CORS)
 * cannot be read or rebuilt and are returned as they are (the app loads nothing from other hosts).
 *
 * @example (await withIsolationHeaders(new Response('x')).headers.get('cross-origin-embedder-policy')) // → 'require-corp'
 */
export function withIsolationHeaders(response: Response): Response {
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
