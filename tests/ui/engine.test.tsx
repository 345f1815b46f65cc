// @vitest-environment jsdom
// The lesson engine API: useLessonStep (step, goTo, pause), the parameter helpers from src/ui, and
// the fall-back-to-the-lecture helper.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { useStore } from '../../src/state/store';
import { i18n } from '../../src/i18n';
import {
  CELL,
  LessonInfoContext,
  LessonLayout,
  type LessonStep,
  cellSpan,
  optionalIntParam,
  useLessonStep,
  withLectureFallback,
} from '../../src/ui';

let api: LessonStep | undefined;
function Probe({ steps }: { steps: number }) {
  api = useLessonStep(steps);
  return (
    <LessonLayout lesson="engine-test" title="Test" text={<p>text</p>} steps={steps}>
      <output data-testid="probe-step">{api.step}</output>
    </LessonLayout>
  );
}

beforeEach(() => {
  act(() => {
    useStore.getState().syncFromHash('#/lesson/engine-test');
    useStore.getState().pause();
  });
});
afterEach(cleanup);

describe('useLessonStep', () => {
  it('reads ?step= (0-based, clamped) and reports a value it could not use', () => {
    act(() => useStore.getState().syncFromHash('#/lesson/engine-test?step=99'));
    render(<Probe steps={5} />);
    expect(screen.getByTestId('probe-step').textContent).toBe('4');
    expect(api?.ignored).toEqual({ value: '99', reason: 'range' });
  });

  it('goTo pauses playback and shows the step; pause stops playing', () => {
    render(<Probe steps={9} />);
    act(() => useStore.getState().play());
    expect(useStore.getState().playback.playing).toBe(true);
    act(() => api?.goTo(6));
    expect(useStore.getState().playback.playing).toBe(false);
    expect(useStore.getState().route.params.step).toBe('6');
    expect(screen.getByTestId('probe-step').textContent).toBe('6');
    act(() => api?.goTo(40));
    expect(useStore.getState().route.params.step).toBe('8');
    act(() => useStore.getState().play());
    act(() => api?.pause());
    expect(useStore.getState().playback.playing).toBe(false);
  });
});

describe('parameter helpers from src/ui', () => {
  it('optionalIntParam is absent by default and reads whole numbers in range only', () => {
    const p = optionalIntParam(1, 5);
    expect(p.defaultValue).toBeNull();
    expect(p.parse('3')).toBe(3);
    expect(p.parse('0')).toBeUndefined();
    expect(p.parse('2.5')).toBeUndefined();
    expect(p.format(4)).toBe('4');
  });
});

describe('withLectureFallback', () => {
  const build = (n: number) => {
    if (n > 3) throw new RangeError(`${n} does not fit`);
    return n * 10;
  };

  it('uses the asked settings when they work', () => {
    expect(withLectureFallback(build, 2, 1)).toEqual({ result: 20, settings: 2 });
  });

  it('falls back to the first fallback that works and reports the first error', () => {
    const out = withLectureFallback(build, 9, 5, 3, 1);
    expect(out.result).toBe(30);
    expect(out.settings).toBe(3);
    expect(out.error?.message).toBe('9 does not fit');
  });

  it('throws errors that are not RangeErrors, and a failing last fallback', () => {
    expect(() => withLectureFallback(() => { throw new TypeError('bug'); }, 1, 1)).toThrow(TypeError);
    expect(() => withLectureFallback(build, 9, 8)).toThrow('8 does not fit');
  });
});

describe('the lesson id and heading come from the registry entry', () => {
  const entry = {
    id: 'engine-test',
    title: { ko: '짧은 제목', en: 'Short title' },
    heading: { ko: '긴 제목: 자세히', en: 'Long title: in full' },
    summary: { ko: '요약', en: 'Summary' },
  };

  it('LessonLayout shows the entry’s heading in the current language, and its id', async () => {
    await act(() => i18n.changeLanguage('en'));
    act(() => useStore.getState().setLang('en'));
    render(
      <LessonInfoContext value={entry}>
        <LessonLayout text={<p>text</p>} steps={3}>
          <p>visual</p>
        </LessonLayout>
      </LessonInfoContext>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Long title: in full');
    expect(screen.getByTestId('lesson')).toHaveAttribute('data-lesson', 'engine-test');
    expect(useStore.getState().playback.lesson).toBe('engine-test');
    act(() => useStore.getState().setLang('ko'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('긴 제목: 자세히');
  });

  it('without a heading the title is the heading; without an entry the id is the route’s', () => {
    act(() => useStore.getState().setLang('en'));
    const { unmount } = render(
      <LessonInfoContext value={{ ...entry, heading: undefined }}>
        <LessonLayout text={<p>text</p>} steps={3}>
          <p>visual</p>
        </LessonLayout>
      </LessonInfoContext>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Short title');
    unmount();
    act(() => useStore.getState().syncFromHash('#/lesson/from-route'));
    render(
      <LessonLayout text={<p>text</p>} steps={3}>
        <p>visual</p>
      </LessonLayout>,
    );
    expect(screen.getByTestId('lesson')).toHaveAttribute('data-lesson', 'from-route');
  });
});

describe('grid cell sizes', () => {
  it('one ascending scale, and cellSpan counts a cell with its gap', () => {
    const sizes = Object.values(CELL);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(CELL.md).toBe(2.75);
    expect(cellSpan(2, CELL.md)).toBe('calc(2 * (2.75em + 2px))');
    expect(cellSpan(1)).toBe('calc(1 * (2.75em + 2px))');
  });
});
