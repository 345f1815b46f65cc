import { describe, expect, it } from 'vitest';
import { buildHash, parseHash } from '../../src/state/route';

describe('parseHash', () => {
  it('#/lesson/conv-walk?step=3&lang=en -> path, segments and params', () => {
    const r = parseHash('#/lesson/conv-walk?step=3&lang=en');
    expect(r.path).toBe('/lesson/conv-walk');
    expect(r.segments).toEqual(['lesson', 'conv-walk']);
    expect(r.params).toEqual({ step: '3', lang: 'en' });
  });
  it('empty, bare # and trailing slashes are the home page', () => {
    for (const h of ['', '#', '#/', '#//', '#/?lang=ko']) expect(parseHash(h).path).toBe('/');
    expect(parseHash('#/train/').path).toBe('/train');
  });
  it('malformed percent escapes never throw', () => {
    const r = parseHash('#/lesson/x?kernel=%E0%A4%A&step=%');
    expect(r.params.kernel).toBe('%E0%A4%A');
    expect(r.params.step).toBe('%');
  });
  it('decodes escaped values', () => {
    expect(parseHash('#/x?kernel=1%2C0%3B-1').params.kernel).toBe('1,0;-1');
  });
});

describe('buildHash', () => {
  it('leaves out empty values and keeps commas and semicolons readable', () => {
    expect(buildHash('/lesson/conv-walk', { step: 2, lang: undefined, kernel: '1,0,1;0,1,0', x: '' })).toBe(
      '#/lesson/conv-walk?step=2&kernel=1,0,1;0,1,0',
    );
  });
  it('round-trips through parseHash', () => {
    const params = { kernel: '-1,8,-1;a b', step: '4', padding: 'same' };
    expect(parseHash(buildHash('/lesson/padding-stride', params)).params).toEqual(params);
  });
});
