import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { BatchPoint, EpochPoint } from '../../state/trainSlice';
import { drawCurves, ema, type CurveSeries } from '../charts/drawCurves';

/** Okabe–Ito blue and vermillion: told apart with any colour vision, and by dash pattern too. */
export const TRAIN_COLOR = '#0072b2';
export const TEST_COLOR = '#d55e00';
/** Least time between two redraws caused by new training steps alone. */
const REDRAW_MS = 150;

interface Labels {
  trainRaw: string;
  trainSmooth: string;
  test: string;
  xLabel: string;
  lossLabel: string;
  accLabel: string;
}

function series(batches: readonly BatchPoint[], epochs: readonly EpochPoint[], key: 'loss' | 'accuracy', l: Labels): CurveSeries[] {
  const raw = batches.map((b) => ({ x: b.x, y: b[key] }));
  const epochKey = key === 'loss' ? 'testLoss' : 'testAccuracy';
  return [
    { id: 'train-raw', label: l.trainRaw, color: TRAIN_COLOR, points: raw, style: 'faint' },
    { id: 'train', label: l.trainSmooth, color: TRAIN_COLOR, points: ema(raw, 0.1) },
    { id: 'test', label: l.test, color: TEST_COLOR, points: epochs.map((e) => ({ x: e.x, y: e[epochKey] })), style: 'dashed', dots: true },
  ];
}

/**
 * The loss and accuracy curves, drawn with d3 straight from the store through `subscribe`: a new
 * training step redraws the two SVGs without re-rendering React. The text summary under them
 * (for screen readers and for reading off numbers) changes once per epoch.
 */
export function TrainingCurves() {
  const { t } = useTranslation('train');
  const lossRef = useRef<SVGSVGElement>(null);
  const accRef = useRef<SVGSVGElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const epochs = useStore((s) => s.train.epochs);
  const running = useStore((s) => s.train.progress !== null);
  const last = epochs.at(-1);
  const present = useStore((s) => s.present);

  useEffect(() => {
    const labels: Labels = {
      trainRaw: t('curves.trainRaw'),
      trainSmooth: t('curves.train'),
      test: t('curves.test'),
      xLabel: t('curves.epoch'),
      lossLabel: t('curves.loss'),
      accLabel: t('curves.accuracy'),
    };
    let width = boxRef.current?.clientWidth ?? 480;
    let drawnBatches: readonly BatchPoint[] | null = null;
    let drawnEpochs: readonly EpochPoint[] | null = null;
    const draw = (force: boolean) => {
      const s = useStore.getState().train;
      if (!force && s.batches === drawnBatches && s.epochs === drawnEpochs) return;
      drawnBatches = s.batches;
      drawnEpochs = s.epochs;
      const xMax = s.epochOffset + (s.progress?.epochs ?? 1);
      // Taller in presentation mode: the curves are what the back of the room watches.
      const height = Math.round(present ? Math.min(400, Math.max(240, width * 0.45)) : Math.min(260, Math.max(180, width * 0.42)));
      const legendFontPx = present ? 17 : 12;
      if (lossRef.current) {
        drawCurves(lossRef.current, { width, height, xMax, series: series(s.batches, s.epochs, 'loss', labels), xLabel: labels.xLabel, yLabel: labels.lossLabel, legendFontPx });
      }
      if (accRef.current) {
        drawCurves(accRef.current, {
          width, height, xMax, series: series(s.batches, s.epochs, 'accuracy', labels), xLabel: labels.xLabel, yLabel: labels.accLabel,
          yDomain: [0, 1], yFormat: (v) => `${Math.round(v * 100)}%`, legendFontPx,
        });
      }
    };
    draw(true);
    // New steps arrive up to 20 times a second; the curves redraw at most every REDRAW_MS for them
    // (an epoch's end, a new run or a change of state redraws at once, so nothing stays undrawn).
    let lastDraw = 0;
    const unsubscribe = useStore.subscribe((s, prev) => {
      const t = s.train;
      const p = prev.train;
      if (t.epochs !== p.epochs || t.phase !== p.phase || t.epochOffset !== p.epochOffset || (t.batches.length === 0 && p.batches.length > 0)) {
        lastDraw = performance.now();
        draw(false);
      } else if (t.batches !== p.batches) {
        const now = performance.now();
        if (now - lastDraw >= REDRAW_MS) {
          lastDraw = now;
          draw(false);
        }
      }
    });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? width);
      if (w > 0 && Math.abs(w - width) >= 4) {
        width = w;
        draw(true);
      }
    });
    if (boxRef.current) observer?.observe(boxRef.current);
    return () => {
      unsubscribe();
      observer?.disconnect();
    };
  }, [t, present]);

  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  return (
    <div className="curves" ref={boxRef}>
      <figure>
        <figcaption>{t('curves.lossTitle')}</figcaption>
        <svg ref={lossRef} className="chart" role="img" aria-label={t('curves.lossTitle')} aria-describedby="curves-summary" data-testid="chart-loss" />
      </figure>
      <figure>
        <figcaption>{t('curves.accTitle')}</figcaption>
        <svg ref={accRef} className="chart" role="img" aria-label={t('curves.accTitle')} aria-describedby="curves-summary" data-testid="chart-accuracy" />
      </figure>
      <p id="curves-summary" className="chart-summary" data-testid="curves-summary">
        {last
          ? t('curves.summary', {
            epoch: last.epoch,
            trainLoss: Number.isFinite(last.trainLoss) ? last.trainLoss.toFixed(4) : '–',
            testLoss: last.testLoss.toFixed(4),
            trainAcc: Number.isFinite(last.trainAccuracy) ? pct(last.trainAccuracy) : '–',
            testAcc: pct(last.testAccuracy),
          })
          : running ? t('curves.summaryRunning') : t('curves.summaryEmpty')}
      </p>
      {epochs.length > 0 && (
        <ScrollRegion label={t('curves.tableCaption')}>
          <table className="epoch-table" data-testid="epoch-table">
            <caption className="visually-hidden">{t('curves.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('curves.epoch')}</th>
                <th scope="col" className="num">{t('curves.trainLossCol')}</th>
                <th scope="col" className="num">{t('curves.trainAccCol')}</th>
                <th scope="col" className="num">{t('curves.testLossCol')}</th>
                <th scope="col" className="num">{t('curves.testAccCol')}</th>
                <th scope="col" className="num">{t('curves.secondsCol')}</th>
              </tr>
            </thead>
            <tbody>
              {epochs.map((e) => (
                <tr key={e.epoch} data-timing={e.timing ? JSON.stringify(e.timing) : undefined}>
                  <td>{e.epoch}</td>
                  <td className="num">{Number.isFinite(e.trainLoss) ? e.trainLoss.toFixed(4) : '–'}</td>
                  <td className="num">{Number.isFinite(e.trainAccuracy) ? pct(e.trainAccuracy) : '–'}</td>
                  <td className="num">{e.testLoss.toFixed(4)}</td>
                  <td className="num">{pct(e.testAccuracy)}</td>
                  <td className="num">{e.seconds.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
