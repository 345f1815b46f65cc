/**
 * Which WebGL renderer this browser has, and whether it is a software one (SwiftShader, llvmpipe,
 * "Microsoft Basic Render Driver"…), where tfjs's WebGL backend is slower than wasm.
 */

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen|microsoft basic/i;

/**
 * True when a WebGL renderer string names a software rasteriser.
 *
 * @example isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)') // → true
 * @example isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)') // → false
 */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE.test(renderer);
}

type GL = WebGLRenderingContext | WebGL2RenderingContext;

function makeContext(): GL | null {
  const opts: WebGLContextAttributes = { failIfMajorPerformanceCaveat: false };
  if (typeof OffscreenCanvas !== 'undefined') {
    const c = new OffscreenCanvas(1, 1);
    return (c.getContext('webgl2', opts) as GL | null) ?? (c.getContext('webgl', opts) as GL | null);
  }
  if (typeof document !== 'undefined') {
    const c = document.createElement('canvas');
    return (c.getContext('webgl2', opts) as GL | null) ?? (c.getContext('webgl', opts) as GL | null);
  }
  return null;
}

/**
 * The unmasked WebGL renderer string (WEBGL_debug_renderer_info), the plain RENDERER when the
 * extension is hidden, or undefined when WebGL is not available. Works on the main thread and in a
 * worker (OffscreenCanvas). Releases the probe context.
 */
export function webglRenderer(): string | undefined {
  let gl: GL | null = null;
  try {
    gl = makeContext();
  } catch {
    return undefined;
  }
  if (!gl) return undefined;
  try {
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const r = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    return typeof r === 'string' ? r : String(r);
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
