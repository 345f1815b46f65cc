import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MNIST_SIDE } from '../model/mnistSizes';
import { CELL, PIXEL_CELL } from '../ui/cellSizes';
import { formatMatrix } from '../ui/lessonParams';
import { Link } from '../ui/Link';
import { MatrixGrid } from '../ui/MatrixGrid';
import { binarize, shrinkDigit } from './downsample';

/** Side of the convolution walk's binary image and of the donut lesson's binary image. */
export const CONV_WALK_SIDE = 5;
export const DONUT_SIDE = 8;
/** Side of the model input, sent whole (greys 0–255) to the kernel playground. */
export const MODEL_SIDE = MNIST_SIDE;
/** A cell is ink (1) when its mean ink reaches this share of the strongest cell. */
export const INK_SHARE = 0.35;

/**
 * "Use my drawing elsewhere": the digit shrunk to the convolution walk's 5×5 binary image and to
 * the donut lesson's 8×8 binary image (its `input` is binary, 1 = white: the ink becomes the white
 * pattern its filter looks for), each with a link that opens the lesson with it as `input`.
 */
export const ShareLinks = memo(function ShareLinks({ input }: { input: Float32Array | null }) {
  const { t } = useTranslation('draw');
  const grids = useMemo(() => {
    if (!input) return null;
    const walk = binarize(shrinkDigit(input, CONV_WALK_SIDE), INK_SHARE);
    const donut = binarize(shrinkDigit(input, DONUT_SIDE), INK_SHARE);
    const greys = Array.from(input, (v) => Math.round(v * 255));
    return {
      walk,
      donut,
      walkParam: formatMatrix({ shape: [CONV_WALK_SIDE, CONV_WALK_SIDE], data: walk }),
      donutParam: formatMatrix({ shape: [DONUT_SIDE, DONUT_SIDE], data: donut }),
      greys,
      kernelsParam: formatMatrix({ shape: [MODEL_SIDE, MODEL_SIDE], data: greys }),
    };
  }, [input]);
  return (
    <section className="draw-section share" aria-labelledby="share-h">
      <h2 id="share-h">{t('share.title')}</h2>
      <p className="panel-note">{t('link.note')}</p>
      {!grids ? (
        <p className="prediction-empty">{t('share.empty')}</p>
      ) : (
        <div className="share-cards">
          <div className="share-card">
            <MatrixGrid role="share-conv-walk" label={t('share.walkLabel')} caption={t('share.walkCaption')} rows={CONV_WALK_SIDE} cols={CONV_WALK_SIDE} values={grids.walk} scale="ink" domain={[0, 1]} legend={false} cellSize={CELL.sm} />
            <p className="panel-note">{t('share.walkText', { th: Math.round(INK_SHARE * 100) })}</p>
            <Link to="/lesson/conv-walk" params={{ input: grids.walkParam }} testId="share-conv-walk" className="button-link">{t('share.walkLink')}</Link>
          </div>
          <div className="share-card">
            <MatrixGrid role="share-donut" label={t('share.donutLabel')} caption={t('share.donutCaption')} rows={DONUT_SIDE} cols={DONUT_SIDE} values={grids.donut} scale="ink" domain={[0, 1]} legend={false} cellSize={CELL.sm} />
            <p className="panel-note">{t('share.donutText', { th: Math.round(INK_SHARE * 100) })}</p>
            <Link to="/lesson/donut" params={{ input: grids.donutParam }} testId="share-donut" className="button-link">{t('share.donutLink')}</Link>
          </div>
          <div className="share-card">
            <MatrixGrid role="share-kernels" label={t('share.kernelsLabel')} caption={t('share.kernelsCaption')} rows={MODEL_SIDE} cols={MODEL_SIDE} values={grids.greys} scale="ink" domain={[0, 255]} legend={false} cellSize={PIXEL_CELL.xs} />
            <p className="panel-note">{t('share.kernelsText')}</p>
            <Link to="/lesson/kernels" params={{ input: grids.kernelsParam }} testId="share-kernels" className="button-link">{t('share.kernelsLink')}</Link>
          </div>
        </div>
      )}
    </section>
  );
});
