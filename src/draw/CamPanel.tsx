import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MNIST_SIDE } from '../model/mnistSizes';
import { useStore } from '../state/store';
import { CELL } from '../ui/cellSizes';
import { ColorLegend } from '../ui/ColorLegend';
import { formatNumber } from '../ui/format';
import { MatrixGrid, type GridCell } from '../ui/MatrixGrid';
import { camOf, classScores, total, upsampleBilinear } from './cam';
import { emitTiming } from './instrument';
import { paintImage, scaleFor } from './paint';
import { Tex } from '../ui/Tex';
import type { CamResult } from './types';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const SUB = '₀₁₂₃₄₅₆₇₈₉';

/** A number for TeX: at most `digits` decimals, negatives in brackets when `paren` (e.g. `(-0.123)`). */
function texNumber(v: number, digits = 3, paren = false): string {
  let s = Number.isInteger(v) ? String(v) : String(Number(v.toFixed(digits)));
  if (s === '-0') s = '0';
  return paren && s.startsWith('-') ? `(${s})` : s;
}

/** The CAM of class c, with everything the formulas need. */
function useCamMaths(cam: CamResult | null, c: number) {
  return useMemo(() => {
    if (!cam) return null;
    const layer = { features: cam.features, K: cam.K, H: cam.H, W: cam.W, weights: cam.weights, N: cam.N, bias: cam.bias };
    const M = camOf(layer, c);
    const scores = classScores(layer);
    const sumM = total(M);
    return { M, scores, sumM, up: upsampleBilinear(M, cam.H, cam.W, MNIST_SIDE, MNIST_SIDE) };
  }, [cam, c]);
}

/**
 * Class activation map (LESSONS.md L34) of the GAP-CAM model for the current drawing: the map of
 * the predicted class (or any class the learner picks) over the 28×28 input, the H×W map with its
 * numbers, and the formulas filled in: M_c(x, y) = Σ_k w_k^c f_k(x, y), S_c = Σ_k w_k^c F_k,
 * Σ_{x,y} M_c = S_c, and the model's own scaling (global average pooling divides by H·W).
 */
export const CamPanel = memo(function CamPanel() {
  const { t } = useTranslation('draw');
  const live = useStore((s) => s.draw.cam);
  const cam = useDeferredValue(live);
  const status = useStore((s) => s.draw.camStatus);
  const problem = useStore((s) => s.draw.camProblem);
  const chosen = useStore((s) => s.draw.camClass);
  const setClass = useStore((s) => s.drawSetCamClass);
  const accuracy = useStore((s) => s.draw.accuracy.gapCam);
  const c = chosen ?? cam?.predicted ?? 0;
  const maths = useCamMaths(cam, c);
  const [cell, setCell] = useState<GridCell | null>(null);
  const ref = useRef<HTMLCanvasElement>(null);

  const scale = useMemo(() => (maths ? scaleFor(maths.M) : null), [maths]);
  useEffect(() => {
    if (!ref.current || !maths || !scale || !cam) return;
    paintImage(ref.current, cam.input, MNIST_SIDE, MNIST_SIDE, { values: maths.up, scale: { kind: 'signed', max: scale.max }, alpha: 0.85 });
    if (cam) emitTiming('cnn:cam', { seq: cam.seq, requestedAt: cam.requestedAt, shownAt: performance.now() });
  }, [maths, scale, cam]);

  let body;
  if (status === 'error' && problem) {
    body = <p role="alert" className="notice">{t(problem.code, { detail: problem.detail })}</p>;
  } else if (status === 'loading' || (status === 'idle' && !cam)) {
    body = <p className="loading">{t('cam.loading')}</p>;
  } else if (!cam || !maths || !scale) {
    body = <p className="prediction-empty">{t('cam.empty')}</p>;
  } else {
    const { M, scores, sumM } = maths;
    const HW = cam.H * cam.W;
    // the cell whose sum is written out: the one picked, else the strongest
    let best = 0;
    for (let p = 1; p < M.length; p++) if (M[p] > M[best]) best = p;
    const at = cell ?? { row: Math.floor(best / cam.W), col: best % cam.W };
    const p = at.row * cam.W + at.col;
    const terms = Array.from({ length: cam.K }, (_, k) => ({ k, w: cam.weights[k * cam.N + c], f: cam.features[p * cam.K + k] }));
    const nonzero = terms.filter((x) => x.f !== 0);
    const shown = nonzero.slice(0, 4);
    const termTex = (x: { k: number; w: number; f: number }) => `${texNumber(x.w, 3, true)}\\cdot ${texNumber(x.f, 3, true)}`;
    const Fterms = Array.from({ length: cam.K }, (_, k) => ({ k, w: cam.weights[k * cam.N + c], F: scores.F[k] }));
    const Fshown = Fterms.filter((x) => x.F !== 0).slice(0, 4);
    const bias = cam.bias[c];
    body = (
      <>
        <div className="cam-pick" role="group" aria-label={t('cam.pick')}>
          <span>{t('cam.pick')}</span>
          {DIGITS.map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={d === c}
              className={d === cam.predicted ? 'is-predicted' : undefined}
              onClick={() => setClass(d === cam.predicted ? null : d)}
              data-testid={`cam-class-${d}`}
            >
              {d}
            </button>
          ))}
        </div>
        <p className="panel-note">
          {t('cam.modelSays', { d: cam.predicted, p: `${(cam.probs[cam.predicted] * 100).toFixed(1)}%`, acc: accuracy === null ? '…' : `${(accuracy * 100).toFixed(2)}%` })}{' '}
          {chosen === null ? t('cam.showingPredicted', { c }) : t('cam.showingChosen', { c })}
        </p>
        <div className="cam-pictures">
          <figure className="cam-overlay">
            <canvas ref={ref} width={MNIST_SIDE} height={MNIST_SIDE} className="pixelated" data-testid="cam-overlay" role="img" aria-label={t('cam.overlayLabel', { c })} />
            <figcaption>{t('cam.overlayCaption', { m: `M${SUB[c] ?? c}`, H: cam.H, W: cam.W })}</figcaption>
            <ColorLegend kind="signed" domain={[-scale.max, scale.max]} />
          </figure>
          <MatrixGrid
            role="cam"
            label={t('cam.gridLabel', { c, H: cam.H, W: cam.W })}
            caption={<Tex tex={`M_{${c}}(x,y),\\ ${cam.H}\\times ${cam.W}`} label={t('cam.gridLabel', { c, H: cam.H, W: cam.W })} />}
            rows={cam.H}
            cols={cam.W}
            values={M}
            scale="signed"
            domain={[-scale.max, scale.max]}
            format={(v) => formatNumber(v, Math.abs(v) >= 10 ? 0 : 1)}
            onCellSelect={setCell}
            cellClass={(r, q) => (r === at.row && q === at.col ? 'is-pinned' : undefined)}
            cellSize={CELL.sm}
          />
        </div>
        <div className="cam-formulas">
          <p>{t('cam.mapText', { K: cam.K, layer: cam.featureLayer, H: cam.H, W: cam.W })}</p>
          <Tex display tex={`M_{${c}}(x,y) = \\sum_{k=1}^{${cam.K}} w_k^{${c}}\\, f_k(x,y)`} label={t('cam.mapDef', { c })} />
          <Tex
            className="tex-long"
            tex={`M_{${c}}(${at.col},${at.row}) = ${shown.map(termTex).join(' + ')}${nonzero.length > shown.length ? ' + \\cdots' : ''} = ${texNumber(M[p], 4)}`}
            label={t('cam.mapLabel', { c, x: at.col, y: at.row, value: formatNumber(M[p], 4) })}
          />
          <p className="panel-note">{t('cam.termsNote', { n: nonzero.length, K: cam.K, shown: shown.length, x: at.col, y: at.row })}</p>
          <p>{t('cam.scoreText', { K: cam.K })}</p>
          <Tex display tex={`S_{${c}} = \\sum_{k} w_k^{${c}} F_k, \\qquad F_k = \\sum_{x,y} f_k(x,y)`} label={t('cam.scoreDef', { c })} />
          <Tex
            className="tex-long"
            tex={`S_{${c}} = ${Fshown.map((x) => `${texNumber(x.w, 3, true)}\\cdot ${texNumber(x.F, 2, true)}`).join(' + ')} + \\cdots = ${texNumber(scores.S[c], 4)}`}
            label={t('cam.scoreLabel', { c, value: formatNumber(scores.S[c], 4) })}
          />
          <Tex
            display
            tex={`\\sum_{x,y} M_{${c}}(x,y) = \\sum_{x,y}\\sum_k w_k^{${c}} f_k(x,y) = \\sum_k w_k^{${c}} \\sum_{x,y} f_k(x,y) = S_{${c}}`}
            label={t('cam.swapLabel', { c })}
          />
          <p className="cam-check">
            {t('cam.sumCheck')}{' '}
            <output data-testid="cam-sum" data-value={String(sumM)}>{formatNumber(sumM, 4)}</output>
            {' = S = '}
            <output data-testid="cam-score" data-value={String(scores.S[c])}>{formatNumber(scores.S[c], 4)}</output>
          </p>
          <p>{t('cam.gapText', { HW, H: cam.H, W: cam.W })}</p>
          <Tex
            display
            tex={`z_{${c}} = \\frac{S_{${c}}}{${HW}}${bias !== 0 ? ` + b_{${c}}` : ''} = \\frac{${texNumber(scores.S[c], 4)}}{${HW}}${bias !== 0 ? ` + ${texNumber(bias, 4, true)}` : ''} = ${texNumber(scores.z[c], 4)}`}
            label={t('cam.gapLabel', { c, z: formatNumber(scores.z[c], 4) })}
          />
          <Tex
            display
            tex={`p_{${c}} = \\frac{e^{z_{${c}}}}{\\sum_{c'=0}^{9} e^{z_{c'}}} = ${texNumber(cam.probs[c], 5)}`}
            label={t('cam.probLabel', { c, p: formatNumber(cam.probs[c], 5) })}
          />
          <aside className="lesson-aside cam-notes">
            <p>{t('cam.noteSum')}</p>
            <Tex
              display
              tex={`\\text{${t('cam.slide')}: } F_k = \\sum_{x,y} f_k(x,y) \\qquad \\text{${t('cam.average')}: } \\bar F_k = \\frac{1}{${cam.H}\\cdot ${cam.W}}\\sum_{x,y} f_k(x,y)`}
              label={t('cam.noteSumLabel')}
            />
            <p>{t('cam.noteSoftmax')}</p>
            <Tex
              display
              tex={`\\text{${t('cam.slide')}: } \\frac{e^{S_c}}{\\sum_{c} e^{S_c}} \\qquad \\text{${t('cam.correct')}: } \\frac{e^{S_c}}{\\sum_{c'} e^{S_{c'}}}`}
              label={t('cam.noteSoftmaxLabel')}
            />
          </aside>
        </div>
      </>
    );
  }

  return (
    <section className="draw-section cam" aria-labelledby="cam-h">
      <h2 id="cam-h">{t('cam.title')}</h2>
      <p className="panel-note">{t('cam.intro')}</p>
      {body}
    </section>
  );
});
