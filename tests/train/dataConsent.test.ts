import { describe, expect, it } from 'vitest';
import { downloadNeedsConsent, manifestBytes } from '../../src/train/dataConsent';

describe('downloadNeedsConsent(connection)', () => {
  it('waits for a tap with the data saver on or on a cellular connection', () => {
    expect(downloadNeedsConsent({ saveData: true })).toBe(true);
    expect(downloadNeedsConsent({ type: 'cellular' })).toBe(true);
  });
  it('downloads at once on wifi, ethernet, or where the browser says nothing', () => {
    expect(downloadNeedsConsent({ saveData: false, type: 'wifi' })).toBe(false);
    expect(downloadNeedsConsent({})).toBe(false);
    expect(downloadNeedsConsent(undefined)).toBe(false);
  });
});

describe('manifestBytes(manifest)', () => {
  it('adds up the compressed sizes of the files', () => {
    expect(manifestBytes({ files: { a: { gzipBytes: 10 }, b: { gzipBytes: 5 } } })).toBe(15);
  });
  it('is null for a manifest without sizes', () => {
    expect(manifestBytes({ files: { a: {} } })).toBeNull();
    expect(manifestBytes(null)).toBeNull();
  });
});
