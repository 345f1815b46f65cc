/**
 * Whether the training page may download the MNIST data (about 11 MB) as soon as it opens, or must
 * wait for a tap: it waits where the browser says data costs money or should be saved (the Network
 * Information API: `saveData`, the data saver; `type === 'cellular'`, a mobile connection).
 */
export interface ConnectionInfo {
  saveData?: boolean;
  type?: string;
}

/** True when the download must wait for the learner's tap. */
export function downloadNeedsConsent(connection: ConnectionInfo | undefined): boolean {
  if (!connection) return false;
  return connection.saveData === true || connection.type === 'cellular';
}

/** The browser's connection information, where it has any. */
export function currentConnection(): ConnectionInfo | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { connection?: ConnectionInfo }).connection;
}

/** Total download size (compressed bytes) listed in the MNIST manifest. */
export function manifestBytes(manifest: unknown): number | null {
  const files = (manifest as { files?: Record<string, { gzipBytes?: unknown }> } | null)?.files;
  if (!files || typeof files !== 'object') return null;
  let total = 0;
  for (const f of Object.values(files)) {
    if (typeof f?.gzipBytes !== 'number') return null;
    total += f.gzipBytes;
  }
  return total;
}
