/**
 * "Fall back to the lecture's settings": what a lesson does when the link (or a control) asks for
 * settings the core refuses with a RangeError (a kernel that does not fit, a stride of 0…). The
 * lesson keeps working on the lecture's settings and shows the error next to its controls.
 */

export interface Settled<S, R> {
  /** What `build` returned: for the asked settings or, after a RangeError, for the first fallback that worked. */
  result: R;
  /** The settings that produced `result`. */
  settings: S;
  /** The RangeError the asked settings raised (absent when they worked). */
  error?: RangeError;
}

/**
 * Runs `build(settings)`; on a RangeError tries each fallback in turn (the lecture's settings,
 * most specific first) and reports the first error. Any other error, or a RangeError from the
 * last fallback, is thrown: the lecture's own settings always work.
 *
 * @example
 * const { result: trace, settings, error } = withLectureFallback(buildConvWalk, values, { ...values, kernel: LECTURE_KERNEL }, LECTURE);
 * error && <p role="alert">{t('error', { message: error.message })}</p>
 */
export function withLectureFallback<S, R>(build: (s: S) => R, settings: S, ...fallbacks: S[]): Settled<S, R> {
  try {
    return { result: build(settings), settings };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    for (let i = 0; i < fallbacks.length; i++) {
      try {
        return { result: build(fallbacks[i]), settings: fallbacks[i], error: e };
      } catch (inner) {
        if (!(inner instanceof RangeError) || i === fallbacks.length - 1) throw inner;
      }
    }
    throw e;
  }
}
