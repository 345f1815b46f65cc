// @vitest-environment jsdom
// The drawing in the link (#/draw?d=…): a new link puts its (rounded) strokes on the canvas; coming back to
// the page whose link this drawing wrote keeps the exact strokes the learner drew.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import { DrawLink } from '../../src/draw/DrawLink';
import { decodeStrokes, encodeStrokes } from '../../src/draw/strokeCode';
import type { Stroke } from '../../src/draw/strokes';
import { useStore } from '../../src/state/store';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
/** Points that the link's 1/255 steps cannot hold exactly. */
const exact: Stroke[] = [{ width: 22 / 280, points: [0.30103, 0.2, 0.50001, 0.61803, 0.7071, 0.8] }];

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('DrawLink', () => {
  it('coming back with the link this drawing wrote keeps the exact strokes (not the rounded ones)', () => {
    const code = encodeStrokes(exact);
    const decoded = decodeStrokes(code);
    expect(decoded.ok && decoded.strokes[0].points).not.toEqual(exact[0].points);
    act(() => useStore.getState().drawPatch({ drawing: { sample: null, strokes: exact } }));
    go(`#/draw?d=${code}`);
    render(<DrawLink />);
    expect(useStore.getState().draw.drawing.strokes).toBe(exact);
    expect(useStore.getState().route.params.d).toBe(code);
  });

  it('a link with another drawing replaces the canvas with the link’s strokes', () => {
    act(() => useStore.getState().drawPatch({ drawing: { sample: null, strokes: exact } }));
    const other: Stroke[] = [{ width: 22 / 280, points: [0, 0, 1, 1] }];
    const code = encodeStrokes(other);
    go(`#/draw?d=${code}`);
    render(<DrawLink />);
    expect(useStore.getState().draw.drawing.strokes).toEqual(other);
  });
});
