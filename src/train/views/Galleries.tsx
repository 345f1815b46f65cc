import { useTranslation } from 'react-i18next';
import type { Misclassified } from '../../model/protocol';
import { Link } from '../../ui/Link';
import type { CellImages } from './cellImages';
import { DigitCanvas } from './DigitCanvas';

/** A test digit as a button: pressing it shows its activation maps. */
function DigitButton({ images, index, label, caption, onInspect, current }: {
  images: Uint8Array;
  index: number;
  label: number;
  caption?: string;
  onInspect(index: number): void;
  current: boolean;
}) {
  const { t } = useTranslation('train');
  const aria = t('gallery.digitAria', { index, label });
  return (
    <button type="button" className={`digit-btn ${current ? 'current' : ''}`} data-index={index} aria-pressed={current} onClick={() => onInspect(index)} title={t('gallery.inspectHint')}>
      <DigitCanvas images={images} index={index} size={48} label={aria} />
      {caption && <span className="digit-caption">{caption}</span>}
    </button>
  );
}

/** A link that opens test image `index` on the drawing page (`#/draw?test=index`): its prediction, layers and arithmetic. */
function DrawLink({ index }: { index: number }) {
  const { t } = useTranslation('train');
  return (
    <Link to="/draw" params={{ test: index }} className="digit-draw-link" testId={`draw-test-${index}`} label={t('gallery.drawLinkAria', { index })}>
      {t('gallery.drawLink', { index })}
    </Link>
  );
}

/** The test images of the chosen confusion-matrix cell. */
export function CellGallery({ images, labels, trueDigit, predicted, cell, inspectIndex, onInspect }: {
  images: Uint8Array;
  labels: Uint8Array;
  trueDigit: number;
  predicted: number;
  cell: CellImages;
  inspectIndex: number;
  onInspect(index: number): void;
}) {
  const { t } = useTranslation('train');
  return (
    <div className="gallery" data-testid="cell-images" data-true={trueDigit} data-predicted={predicted} data-count={cell.indices.length}>
      <h4>{t(trueDigit === predicted ? 'gallery.cellTitleRight' : 'gallery.cellTitleWrong', { trueDigit, predicted, count: cell.count })}</h4>
      {cell.indices.length === 0 ? (
        <p className="small">{cell.count === 0 ? t('gallery.cellEmpty') : t('gallery.cellNotListed')}</p>
      ) : (
        <div className="digit-list">
          {cell.indices.map((i) => (
            <span key={i} className="digit-item">
              <DigitButton images={images} index={i} label={labels[i]} onInspect={onInspect} current={i === inspectIndex} />
              {trueDigit !== predicted && <DrawLink index={i} />}
            </span>
          ))}
        </div>
      )}
      {!cell.complete && cell.indices.length > 0 && <p className="small">{t('gallery.partial', { shown: cell.indices.length, count: cell.count })}</p>}
    </div>
  );
}

/** Misclassified test digits with the model's top guesses. */
export function MisclassifiedGallery({ images, items, total, inspectIndex, onInspect, max = 48 }: {
  images: Uint8Array;
  items: readonly Misclassified[];
  /** All mistakes in the last evaluation (the worker lists the first ones only). */
  total: number;
  inspectIndex: number;
  onInspect(index: number): void;
  max?: number;
}) {
  const { t } = useTranslation('train');
  const shown = items.slice(0, max);
  return (
    <div className="gallery" data-testid="misclassified" data-count={shown.length}>
      <p className="small">{t('gallery.wrongIntro', { shown: shown.length, total })}</p>
      <ul className="wrong-list">
        {shown.map((m) => (
          <li key={m.index} className="wrong-item">
            <DigitButton images={images} index={m.index} label={m.label} onInspect={onInspect} current={m.index === inspectIndex} />
            <div className="guesses">
              <span className="truth">{t('gallery.truth', { label: m.label })}</span>
              {m.top.map(([d, p], k) => (
                <span key={d} className={k === 0 ? 'guess first' : 'guess'}>{d}: {(p * 100).toFixed(0)}%</span>
              ))}
              <DrawLink index={m.index} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
