import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/core';

describe('errorMessage', () => {
  it('gives the message of an Error, of an error-like object, or the value as text', () => {
    expect(errorMessage(new RangeError('stride must be at least 1'))).toBe('stride must be at least 1');
    expect(errorMessage({ message: 'quota exceeded' })).toBe('quota exceeded');
    expect(errorMessage('offline')).toBe('offline');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage(null)).toBe('null');
    expect(errorMessage({ code: 3 })).toBe('[object Object]');
  });
});
