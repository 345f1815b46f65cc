import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MNIST_PIXELS, MNIST_SIDE } from '../model/mnistSizes';
import { paintImage } from '../draw/paint';
import { useStore } from '../state/store';
import { disagreements, split } from './disagreements';
import { pickTestDigit } from './compareController';

/** Most disagreements drawn as pictures (the count is always the full one). */
const SHOWN = 300;

function Thumb({ index }: { index: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const input = useStore((s) => s.compare.testImages);
  useEffect(() => {
    if (!ref.current || !input) return;
    const px = new Float32Array(MNIST_PIXELS);
    for (let p = 0; p < MNIST_PIXELS; p++) px[p] = input[index * MNIST_PIXELS + p] / 255;
    paintImage(ref.current, px, MNIST_SIDE, MNIST_SIDE);
  }, [index, input]);
  return <canvas ref={ref} width={MNIST_SIDE} height={MNIST_SIDE} className="pixelated" aria-hidden="true" />;
}

/**
 * The test digits on which the two models disagree: the count (`compare-disagree-count`,
 * `data-value`), how it splits, and one button per digit that opens both models on it.
 */
export function DisagreeList() {
  const { t } = useTranslation('compare');
  const { predsA, predsB, labels, evalStatus, evalDone, evalTotal, evalProblem, picked } = useStore((s) => s.compare);
  const list = useMemo(() => (predsA && predsB && labels ? disagreements(predsA, predsB, labels) : null), [predsA, predsB, labels]);
  const parts = useMemo(() => (list ? split(list) : null), [list]);
  return (
    <section className="compare-section compare-test" aria-labelledby="compare-test-h">
      <h2 id="compare-test-h">{t('test.title')}</h2>
      {evalStatus === 'idle' && !list && <p className="panel-note">{t('test.waiting')}</p>}
      {evalStatus === 'loading-data' && <p className="loading">{t('test.loading')}</p>}
      {evalStatus === 'running' && (
        <p className="loading" role="status">
          {t('test.running', { done: (evalDone / 2).toLocaleString(), total: (evalTotal / 2).toLocaleString() })}
          <progress max={evalTotal} value={evalDone} />
        </p>
      )}
      {evalProblem && <p role="alert" className="field-error" data-testid="compare-eval-error">{t(evalProblem.code, { detail: evalProblem.detail })}</p>}
      {list && parts && predsA && (
        <>
          <p className="compare-count">
            <output data-testid="compare-disagree-count" data-value={list.length}>
              {list.length === 0 ? t('test.none') : t('test.count', { n: list.length, total: predsA.length.toLocaleString() })}
            </output>
          </p>
          {list.length > 0 && <p className="panel-note">{t('test.split', { a: parts.aRight, b: parts.bRight, both: parts.bothWrong })}</p>}
          <ul className="disagree-list" aria-label={t('test.listLabel')}>
            {list.slice(0, SHOWN).map((d) => {
              // The name starts with what the button shows (A3 B5), then says it in words.
              const text = t('test.item', { index: d.index, label: d.label, a: d.a, b: d.b });
              return (
                <li key={d.index}>
                  <button
                    type="button"
                    className={`disagree${picked?.index === d.index ? ' is-picked' : ''}`}
                    onClick={() => void pickTestDigit(d.index)}
                    aria-pressed={picked?.index === d.index}
                    aria-label={`A${d.a} B${d.b}: ${text}`}
                    title={text}
                    data-testid="compare-disagree"
                    data-index={d.index}
                    data-label={d.label}
                    data-a={d.a}
                    data-b={d.b}
                  >
                    <Thumb index={d.index} />
                    <span className="disagree-digits">
                      <span className={d.a === d.label ? 'is-right' : 'is-wrong'}>A{d.a}</span> <span className={d.b === d.label ? 'is-right' : 'is-wrong'}>B{d.b}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
