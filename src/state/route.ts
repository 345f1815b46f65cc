/**
 * The hash route: `#/lesson/conv-walk?step=3&lang=en` → `{ path: '/lesson/conv-walk', params }`.
 * Hash routes keep the static build working from any folder and from a plain file server.
 */
export interface Route {
  /** The path without the query, always starting with `/`. */
  path: string;
  /** Path segments: `/lesson/conv-walk` → `['lesson', 'conv-walk']`. */
  segments: string[];
  /** Query parameters after the `?` in the hash. */
  params: Record<string, string>;
}

/** Parses a location hash (with or without the leading `#`). Never throws. */
export function parseHash(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = raw.indexOf('?');
  const pathPart = (q >= 0 ? raw.slice(0, q) : raw) || '/';
  const query = q >= 0 ? raw.slice(q + 1) : '';
  let path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  path = safeDecode(path).replace(/\/+$/, '') || '/';
  const params: Record<string, string> = {};
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq >= 0 ? part.slice(0, eq) : part);
    const value = safeDecode(eq >= 0 ? part.slice(eq + 1) : '');
    if (key) params[key] = value;
  }
  return { path, segments: path.split('/').filter(Boolean), params };
}

/** Builds a hash (`#/path?a=1`) from a path and parameters; empty or undefined values are left out. */
export function buildHash(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeQueryValue(String(v))}`)
    .join('&');
  return `#${path}${query ? `?${query}` : ''}`;
}

function encodeQueryValue(v: string): string {
  // Keep links readable: commas, semicolons, minus signs, dots and slashes stay as they are.
  return encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3B/gi, ';');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
