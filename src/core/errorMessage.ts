/**
 * The readable message of anything thrown: an Error's message, the `message` of an error-like
 * object (tfjs and IndexedDB sometimes reject with those), or the value as text.
 *
 * @example
 * errorMessage(new RangeError('stride must be at least 1')); // "stride must be at least 1"
 * errorMessage({ message: 'quota exceeded' });                // "quota exceeded"
 * errorMessage('offline');                                    // "offline"
 */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
