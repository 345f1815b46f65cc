import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../core/errorMessage';
import { useStore } from '../state/store';
import { testDigit } from './samples';
import { decodeStrokes, encodeStrokes, parseTestIndex, TEST_COUNT, type StrokeCodeProblem } from './strokeCode';
import type { Stroke } from './strokes';

interface LinkProblems {
  d?: StrokeCodeProblem;
  test?: 'range' | 'load';
  detail?: string;
}

/**
 * The drawing in the link: `#/draw?d=<strokes>` and `#/draw?test=<0..9999>` put a drawing or a
 * test digit (with its label) on the canvas; every change of the drawing is written back into the
 * link (without a new history entry), so copying the address shares it. A malformed value gets a
 * role="alert" line here and the canvas keeps what it had. A test digit on the canvas is named
 * here too, above the canvas (on a phone the sample buttons' own line is far below).
 */
export function DrawLink() {
  const { t } = useTranslation('draw');
  const d = useStore((s) => s.route.params.d ?? '');
  const test = useStore((s) => s.route.params.test ?? '');
  const drawing = useStore((s) => s.draw.drawing);
  const [problems, setProblems] = useState<LinkProblems>({});
  /** The link values this page wrote (or already applied): not read again. */
  const known = useRef<{ d: string; test: string } | null>(null);
  /** False while a link's drawing is being applied: the writer waits. */
  const [applied, setApplied] = useState(false);
  /** After a malformed link value: the drawing it left in place (not written back until it changes, so the value and its message stay). */
  const kept = useRef<unknown>(null);

  useEffect(() => {
    if (known.current && known.current.d === d && known.current.test === test) return;
    let cancelled = false;
    const next: LinkProblems = {};
    let strokes: Stroke[] | null = null;
    if (d) {
      const r = decodeStrokes(d);
      if (r.ok) strokes = r.strokes;
      else next.d = r.problem;
    }
    const index = test ? parseTestIndex(test) : null;
    if (test && index === null) next.test = 'range';
    setProblems(next);
    const { drawPatch } = useStore.getState();
    const current = useStore.getState().draw.drawing;
    const done = (failed: boolean) => {
      known.current = { d, test };
      kept.current = failed ? useStore.getState().draw.drawing : null;
      setApplied(true);
    };
    // Coming back to the page whose link this drawing wrote: keep the exact strokes (the link's are rounded).
    const sameAsLink = !next.d && !next.test && d === encodeStrokes(current.strokes) && test === (current.sample ? String(current.sample.index) : '');
    if (sameAsLink) {
      done(false);
      return;
    }
    if (index === null) {
      if (strokes) drawPatch({ drawing: { sample: test ? current.sample : null, strokes } });
      done(Boolean(next.d || next.test));
      return;
    }
    setApplied(false);
    testDigit(index).then(
      (sample) => {
        if (cancelled) return;
        drawPatch({ drawing: { sample, strokes: strokes ?? (d ? current.strokes : []) } });
        done(Boolean(next.d));
      },
      (e: unknown) => {
        if (cancelled) return;
        setProblems({ ...next, test: 'load', detail: errorMessage(e) });
        if (strokes) drawPatch({ drawing: { sample: current.sample, strokes } });
        done(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [d, test]);

  useEffect(() => {
    if (!applied || drawing === kept.current) return;
    const code = encodeStrokes(drawing.strokes);
    const index = drawing.sample ? String(drawing.sample.index) : '';
    const params = useStore.getState().route.params;
    if ((params.d ?? '') === code && (params.test ?? '') === index) return;
    known.current = { d: code, test: index };
    useStore.getState().setParams({ d: code || undefined, test: index || undefined });
    setProblems({});
  }, [drawing, applied]);

  return (
    <>
      {drawing.sample && (
        <p className="panel-note" data-testid="canvas-sample" data-index={drawing.sample.index} data-label={drawing.sample.label}>
          {t('link.onCanvas', { index: drawing.sample.index, label: drawing.sample.label })}
        </p>
      )}
      {problems.d && (
        <p role="alert" className="field-error" data-testid="link-problem-d">
          {t(`link.d.${problems.d}`)}
        </p>
      )}
      {problems.test && (
        <p role="alert" className="field-error" data-testid="link-problem-test">
          {problems.test === 'range' ? t('link.testRange', { value: test, max: TEST_COUNT - 1 }) : t('link.testLoad', { detail: problems.detail ?? '' })}
        </p>
      )}
    </>
  );
}
