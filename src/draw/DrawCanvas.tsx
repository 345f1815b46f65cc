import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import { requestPrediction, setInkSource } from './predictionLoop';
import { drawStrokeFrom, readInk, renderDrawing } from './renderDrawing';
import { addPoint, BRUSH, CANVAS_SIZE, isEmptyDrawing, penForModel, type Drawing, type Stroke } from './strokes';

/**
 * The drawing surface: mouse, touch and pen through pointer events (captured, `touch-action:
 * none` so a finger never scrolls the page), then the pen width, undo and clear. Keys on the
 * focused canvas: Delete/Backspace clears, Ctrl+Z undoes, a digit key asks for a sample of it.
 */
export function DrawCanvas(props: { onSampleKey?: (digit: number) => void }) {
  const { t } = useTranslation('draw');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const ctxRef = useRef<CanvasRenderingContext2D | null>(null);
  const active = useRef<{ pointerId: number; stroke: Stroke } | null>(null);
  const shown = useRef<Drawing | null>(null);
  const drawing = useStore((s) => s.draw.drawing);
  const brush = useStore((s) => s.draw.brush);
  const addStroke = useStore((s) => s.drawAddStroke);
  const undo = useStore((s) => s.drawUndo);
  const clear = useStore((s) => s.drawClear);
  const setBrush = useStore((s) => s.drawSetBrush);
  const bbox = useStore((s) => s.draw.result?.prep?.bbox ?? null);
  const empty = isEmptyDrawing(drawing);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d', { willReadFrequently: true }) ?? null;
    ctxRef.current = ctx;
    // The model reads its own rendering of the strokes, with the pen in proportion to the digit.
    const model = document.createElement('canvas');
    model.width = CANVAS_SIZE;
    model.height = CANVAS_SIZE;
    const modelCtx = model.getContext('2d', { willReadFrequently: true });
    setInkSource(modelCtx ? () => {
      const d = useStore.getState().draw.drawing;
      const live = active.current?.stroke;
      renderDrawing(modelCtx, { sample: d.sample, strokes: penForModel(live ? [...d.strokes, live] : d.strokes) });
      return readInk(modelCtx);
    } : null);
    return () => setInkSource(null);
  }, []);

  // Undo, clear, a sample: repaint and predict at once. A stroke just finished is already painted.
  useEffect(() => {
    const ctx = ctxRef.current;
    if (!ctx || shown.current === drawing) return;
    shown.current = drawing;
    renderDrawing(ctx, drawing, active.current?.stroke ?? null);
    requestPrediction({ immediate: true, strokeEnd: true });
  }, [drawing]);

  const pointAt = (e: { clientX: number; clientY: number }): [number, number] => {
    const rect = canvasRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return [0, 0];
    return [(e.clientX - rect.left) / rect.width, (e.clientY - rect.top) / rect.height];
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (active.current) return; // one pen at a time
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const stroke: Stroke = { width: brush / CANVAS_SIZE, points: [] };
    const [x, y] = pointAt(e);
    addPoint(stroke, x, y);
    active.current = { pointerId: e.pointerId, stroke };
    if (ctxRef.current) drawStrokeFrom(ctxRef.current, stroke, 0);
    requestPrediction({ at: e.timeStamp });
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const a = active.current;
    if (!a || a.pointerId !== e.pointerId) return;
    const from = a.stroke.points.length / 2;
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    let added = false;
    for (const ev of events.length > 0 ? events : [e.nativeEvent]) {
      const [x, y] = pointAt(ev);
      added = addPoint(a.stroke, x, y) || added;
    }
    if (!added) return;
    if (ctxRef.current) drawStrokeFrom(ctxRef.current, a.stroke, from);
    requestPrediction({ at: e.timeStamp });
  };

  const finish = (e: PointerEvent<HTMLCanvasElement>) => {
    const a = active.current;
    if (!a || a.pointerId !== e.pointerId) return;
    active.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    // The canvas already shows the stroke: record it (no repaint needed), then predict at once.
    addStroke(a.stroke);
    shown.current = useStore.getState().draw.drawing;
    requestPrediction({ immediate: true, strokeEnd: true, at: e.timeStamp });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    if (e.altKey || e.metaKey) return;
    if ((e.key === 'z' || e.key === 'Z') && e.ctrlKey) {
      e.preventDefault();
      undo();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && !e.ctrlKey) {
      e.preventDefault();
      clear();
    } else if (/^[0-9]$/.test(e.key) && !e.ctrlKey && props.onSampleKey) {
      e.preventDefault();
      props.onSampleKey(Number(e.key));
    }
  };

  return (
    <div className="draw-surface">
      <div className="draw-canvas-frame">
        <canvas
          ref={canvasRef}
          className="draw-canvas"
          width={CANVAS_SIZE}
          height={CANVAS_SIZE}
          data-testid="draw-canvas"
          tabIndex={0}
          role="img"
          aria-label={t('canvas.label')}
          aria-describedby="draw-canvas-keys"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={finish}
          onPointerCancel={finish}
          onKeyDown={onKeyDown}
        />
        {empty && <p className="draw-canvas-hint" aria-hidden="true">{t('canvas.hint')}</p>}
        {!empty && bbox && (
          <div
            className="draw-bbox"
            aria-hidden="true"
            style={{
              left: `${(bbox.x0 / CANVAS_SIZE) * 100}%`,
              top: `${(bbox.y0 / CANVAS_SIZE) * 100}%`,
              width: `${((bbox.x1 - bbox.x0) / CANVAS_SIZE) * 100}%`,
              height: `${((bbox.y1 - bbox.y0) / CANVAS_SIZE) * 100}%`,
            }}
          >
            <span>{t('canvas.bbox')}</span>
          </div>
        )}
      </div>
      <p id="draw-canvas-keys" className="draw-keys">{t('canvas.keys')}</p>
      <div className="draw-tools">
        <button type="button" onClick={undo} data-testid="draw-undo">{t('canvas.undo')}</button>
        <button type="button" onClick={clear} data-testid="draw-clear">{t('canvas.clear')}</button>
        <label className="draw-brush">
          <span>{t('canvas.brush')}</span>
          <input
            type="range"
            min={BRUSH.min}
            max={BRUSH.max}
            step={BRUSH.step}
            value={brush}
            onChange={(e) => setBrush(Number(e.target.value))}
            aria-valuetext={t('canvas.brushValue', { px: brush })}
            data-testid="draw-brush"
          />
          <output className="draw-brush-value">{t('canvas.brushValue', { px: brush })}</output>
        </label>
      </div>
    </div>
  );
}
