import type { MessageKeyOf } from '../i18n';
import type { BackendChoice, BackendName } from '../model/protocol';
import { isSoftwareRenderer } from '../model/renderer';

/** A message key of the `train` namespace and its values: why this backend is in use. */
export interface ReasonText {
  key: MessageKeyOf<'train'>;
  vars: Partial<Record<'choice' | 'name' | 'renderer' | 'reason', string>>;
}

/** Short name of a renderer: the software rasteriser's name, or the string itself. */
function shortRenderer(renderer: string): string {
  const m = /swiftshader|llvmpipe|softpipe|microsoft basic render driver/i.exec(renderer);
  return m ? (m[0].toLowerCase() === 'swiftshader' ? 'SwiftShader' : m[0]) : renderer;
}

/**
 * Why the worker uses `backend`, in words the page can translate (the worker's own reason is in
 * English; it stays available as the detail).
 *
 * @example backendReason({ name: 'wasm', renderer: 'ANGLE (…SwiftShader Device…)', reason: '…' }, 'auto')
 *   // → { key: 'backendReason.software', vars: { renderer: 'SwiftShader' } }
 */
export function backendReason(b: { name: BackendName; renderer: string; reason: string }, choice: BackendChoice): ReasonText {
  if (choice !== 'auto' && b.name !== choice) return { key: 'backendReason.fallback', vars: { choice, name: b.name } };
  if (choice !== 'auto') return { key: 'backendReason.chosen', vars: { choice } };
  if (!b.renderer) return { key: 'backendReason.noWebgl', vars: {} };
  if (isSoftwareRenderer(b.renderer) && b.name !== 'webgl') return { key: 'backendReason.software', vars: { renderer: shortRenderer(b.renderer) } };
  if (b.name === 'webgl') return { key: 'backendReason.gpu', vars: { renderer: b.renderer } };
  return { key: 'backendReason.other', vars: { reason: b.reason } };
}
