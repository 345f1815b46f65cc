// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/i18n';
import { startPlaybackLoop } from '../../src/state/playbackLoop';
import { BASE_STEP_MS } from '../../src/state/playbackSlice';
import { useStore } from '../../src/state/store';
import { LessonLayout } from '../../src/ui/LessonLayout';

function Lesson({ steps = 9 }: { steps?: number }) {
  return (
    <LessonLayout lesson="test" title="Test" text={<p>text</p>} steps={steps}>
      <p>visual</p>
    </LessonLayout>
  );
}

const index = () => screen.getByTestId('step-index').textContent;

beforeEach(() => {
  act(() => {
    useStore.getState().syncFromHash('#/lesson/test');
    useStore.getState().pause();
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Stepper and lesson keys', () => {
  it('buttons move the step and write ?step= (0-based) into the link', () => {
    render(<Lesson />);
    expect(index()).toBe('1 / 9');
    fireEvent.click(screen.getByTestId('step-next'));
    expect(index()).toBe('2 / 9');
    expect(useStore.getState().route.params.step).toBe('1');
    expect(window.location.hash).toContain('step=1');
    fireEvent.click(screen.getByTestId('step-last'));
    expect(index()).toBe('9 / 9');
    fireEvent.click(screen.getByTestId('step-next'));
    expect(index()).toBe('9 / 9');
    fireEvent.click(screen.getByTestId('step-prev'));
    expect(index()).toBe('8 / 9');
    fireEvent.click(screen.getByTestId('step-first'));
    expect(index()).toBe('1 / 9');
  });

  it('keys on the lesson root: Right/Left, PageDown/PageUp, End/Home; the key list opens with ? and closes with Escape', () => {
    render(<Lesson />);
    const root = screen.getByTestId('lesson');
    root.focus();
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    fireEvent.keyDown(root, { key: 'PageDown' });
    expect(index()).toBe('3 / 9');
    fireEvent.keyDown(root, { key: 'ArrowLeft' });
    expect(index()).toBe('2 / 9');
    fireEvent.keyDown(root, { key: 'End' });
    expect(index()).toBe('9 / 9');
    fireEvent.keyDown(root, { key: 'Home' });
    expect(index()).toBe('1 / 9');
    fireEvent.keyDown(root, { key: '?' });
    const dialog = screen.getByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a malformed or out-of-range ?step= is reported and clamped', () => {
    act(() => useStore.getState().syncFromHash('#/lesson/test?step=999'));
    render(<Lesson />);
    expect(index()).toBe('9 / 9');
    expect(screen.getByTestId('ignored-step').textContent).toMatch(/999/);
    act(() => useStore.getState().syncFromHash('#/lesson/test?step=abc'));
    expect(index()).toBe('1 / 9');
    expect(screen.getByRole('alert').textContent).toMatch(/abc/);
  });

  it('Space plays through the one loop, which stops at the last step', () => {
    vi.useFakeTimers();
    startPlaybackLoop();
    render(<Lesson steps={3} />);
    const root = screen.getByTestId('lesson');
    fireEvent.keyDown(root, { key: ' ' });
    expect(useStore.getState().playback.playing).toBe(true);
    act(() => vi.advanceTimersByTime(BASE_STEP_MS + 1));
    expect(index()).toBe('2 / 3');
    act(() => vi.advanceTimersByTime(BASE_STEP_MS + 1));
    expect(index()).toBe('3 / 3');
    expect(useStore.getState().playback.playing).toBe(false);
    act(() => vi.advanceTimersByTime(BASE_STEP_MS * 4));
    expect(index()).toBe('3 / 3');
  });
});
