import { describe, expect, it } from 'vitest';
import { boolParam, enumParam, globalParams, intParam, numberParam, parseParams } from '../../src/state/params';

describe('parseParams', () => {
  const table = {
    step: intParam(0, 0, 100),
    lr: numberParam(0.001, 1e-6, 1),
    optimizer: enumParam(['adam', 'sgd'] as const, 'adam'),
    autostart: boolParam(false),
  };
  it('missing values take their defaults and nothing is reported', () => {
    expect(parseParams(table, {})).toEqual({ values: { step: 0, lr: 0.001, optimizer: 'adam', autostart: false }, ignored: [] });
  });
  it('valid values are parsed', () => {
    expect(parseParams(table, { step: '7', lr: '0.01', optimizer: 'sgd', autostart: '1' }).values).toEqual({
      step: 7, lr: 0.01, optimizer: 'sgd', autostart: true,
    });
  });
  it('malformed values fall back to the default and are reported', () => {
    const { values, ignored } = parseParams(table, { step: 'abc', lr: 'NaN', optimizer: 'adamw', autostart: 'yes' });
    expect(values).toEqual({ step: 0, lr: 0.001, optimizer: 'adam', autostart: false });
    expect(ignored.map((i) => i.key)).toEqual(['step', 'lr', 'optimizer', 'autostart']);
  });
  it('out-of-range and non-integer steps are ignored', () => {
    expect(parseParams(table, { step: '-3' }).ignored).toHaveLength(1);
    expect(parseParams(table, { step: '101' }).ignored).toHaveLength(1);
    expect(parseParams(table, { step: '2.5' }).ignored).toHaveLength(1);
    expect(parseParams(table, { lr: '2' }).ignored).toHaveLength(1);
  });
  it('global parameters: lang, present, embed', () => {
    expect(parseParams(globalParams, { lang: 'en', present: '1', embed: '0' }).values).toEqual({ lang: 'en', present: true, embed: false });
    expect(parseParams(globalParams, { lang: 'fr' }).ignored).toEqual([{ key: 'lang', value: 'fr' }]);
  });
});
