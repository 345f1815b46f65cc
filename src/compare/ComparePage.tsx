import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import '../ui/engine.css';
import '../draw/draw.css';
import '../draw/messages';
import './messages';
import './compare.css';
import { DrawCanvas } from '../draw/DrawCanvas';
import { paintImage } from '../draw/paint';
import { MNIST_SIDE } from '../model/mnistSizes';
import { useStore } from '../state/store';
import { readCompareLink } from './compareLink';
import { closePicked, startCompare, stopCompare } from './compareController';
import { DisagreeList } from './DisagreeList';
import { LayersPair } from './LayersPair';
import { ModelChooser } from './ModelChooser';
import { SideAnswer } from './SideAnswer';

const Canvas = memo(DrawCanvas);

/** Both models' answers for one input (the drawing or a picked test digit). */
function Answers({ which }: { which: 'drawing' | 'picked' }) {
  const { t } = useTranslation('compare');
  const pair = useStore((s) => (which === 'drawing' ? s.compare.drawing : s.compare.picked?.result ?? null));
  const la = useStore((s) => s.compare.a.info?.label ?? '');
  const lb = useStore((s) => s.compare.b.info?.label ?? '');
  if (!pair) return <p className="prediction-empty">{t('drawing.empty')}</p>;
  const agree = pair.a && pair.b ? pair.a.predicted === pair.b.predicted : null;
  return (
    <div className="compare-answers">
      <SideAnswer side="a" label={`A (${la})`} input={pair.input} result={pair.a} />
      <SideAnswer side="b" label={`B (${lb})`} input={pair.input} result={pair.b} />
      {agree !== null && <p className={`compare-verdict ${agree ? 'is-agree' : 'is-disagree'}`}>{agree ? t('drawing.agree') : t('drawing.disagree')}</p>}
    </div>
  );
}

/** The picked test digit itself, 28×28, enlarged. */
function DigitPicture({ input, label }: { input: Float32Array; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paintImage(ref.current, input, MNIST_SIDE, MNIST_SIDE);
  }, [input]);
  return <canvas ref={ref} width={MNIST_SIDE} height={MNIST_SIDE} className="pixelated compare-picked-digit" role="img" aria-label={label} data-testid="compare-picked-image" />;
}

function PickedDigit() {
  const { t } = useTranslation('compare');
  const picked = useStore((s) => s.compare.picked);
  if (!picked) return null;
  return (
    <section className="compare-section compare-picked" aria-labelledby="compare-picked-h" data-testid="compare-picked" data-index={picked.index}>
      <div className="compare-picked-head">
        <DigitPicture input={picked.result.input} label={t('picked.title', { index: picked.index, label: picked.label })} />
        <h2 id="compare-picked-h">{t('picked.title', { index: picked.index, label: picked.label })}</h2>
        <button type="button" onClick={closePicked}>{t('picked.close')}</button>
      </div>
      <p className="panel-note">{t('picked.note')}</p>
      <Answers which="picked" />
    </section>
  );
}

/**
 * `#/compare?a=…&b=…`: two models side by side on the same drawing (the draw page's, shared) and
 * the same test digits: answers, CAMs, layers, test accuracy, parameters, training time, and the
 * test digits they disagree on (a click opens both models' arithmetic on it).
 */
export default function ComparePage() {
  const { t } = useTranslation('compare');
  const params = useStore((s) => s.route.params);
  const link = useMemo(() => readCompareLink(params), [params]);
  useEffect(() => {
    startCompare(link);
  }, [link]);
  useEffect(() => stopCompare, []);
  return (
    <div className="compare-page">
      <header className="compare-head">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      {link.ignored.map((p) => (
        <p key={p.key} role="alert" className="notice" data-testid="ignored-param" data-key={p.key}>
          {t('ignoredParam', { key: p.key, value: p.value })}
        </p>
      ))}
      <div className="compare-sides">
        <ModelChooser side="a" current={link.a} />
        <ModelChooser side="b" current={link.b} />
      </div>
      <section className="compare-section compare-drawing" aria-labelledby="compare-drawing-h">
        <h2 id="compare-drawing-h">{t('drawing.title')}</h2>
        <p className="panel-note">{t('drawing.note')}</p>
        <div className="compare-drawing-body">
          <Canvas />
          <Answers which="drawing" />
        </div>
      </section>
      <DisagreeList />
      <PickedDigit />
      <LayersPair />
    </div>
  );
}
