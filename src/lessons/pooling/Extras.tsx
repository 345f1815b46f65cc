/*
 * What the pooling lesson shows beside the stepped windows: the output size (floor and ceil),
 * global pooling, average pooling as a strided convolution, and the grid shifted by a pixel.
 */
import { useTranslation } from 'react-i18next';
import { MatrixGrid, formatNumber, Link } from '../../ui';
import { type PoolingLesson, countChanged } from './trace';

/** The output-size formula with the numbers, and floor vs ceil when they differ or ceil mode is on. */
export function SizeReadout({ lesson, ceil }: { lesson: PoolingLesson; ceil: boolean }) {
  const { t } = useTranslation('pooling');
  const [H, W] = lesson.input.shape;
  const [k] = lesson.size;
  const [s] = lesson.stride;
  const [, outH, outW] = lesson.trace.outShape;
  const exact = (H - k) / s + 1;
  return (
    <div className="pool-readouts">
      <p className="pool-readout" data-testid="output-size" data-value={String(outH)} data-shape={`${outH},${outW}`} data-exact={String(exact)}>
        {t('readout.outSize', { n: H, k, s, exact: formatNumber(exact), out: outH })}
        {W !== H && ` × ${outW}`}
      </p>
      {(ceil || !Number.isInteger(exact)) && (
        <p className="pool-readout" data-testid="ceil-compare" data-value={`${lesson.floorShape.join('x')}|${lesson.ceilShape.join('x')}`}>
          {t('readout.ceilCompare', { floor: lesson.floorShape.join('×'), ceil: lesson.ceilShape.join('×') })}
        </p>
      )}
    </div>
  );
}

/** Global average (sum / n) and what a global max would give. */
export function GlobalReadout({ lesson }: { lesson: PoolingLesson }) {
  const { t } = useTranslation('pooling');
  const [H, W] = lesson.input.shape;
  const n = H * W;
  return (
    <div className="pool-readouts">
      <p className="pool-readout" data-testid="global-avg" data-value={lesson.globalAvg}>
        {t('readout.globalAvg', { sum: formatNumber(lesson.globalAvg * n), n, value: lesson.globalAvg.toFixed(1) })}
      </p>
      <p className="pool-readout" data-testid="global-max" data-value={lesson.globalMax}>
        {t('readout.globalMax', { value: formatNumber(lesson.globalMax) })}
      </p>
    </div>
  );
}

/** Average pooling only: the all-1/n kernel, the strided convolution with it, and whether they are equal. */
export function ConvTwin({ lesson, kind, ceil }: { lesson: PoolingLesson; kind: 'max' | 'avg'; ceil: boolean }) {
  const { t } = useTranslation('pooling');
  if (kind !== 'avg') return null;
  const twin = lesson.asConv;
  if (!twin) {
    return ceil ? <p className="pool-readout">{t('readout.noTwin')}</p> : null;
  }
  const [kh, kw] = twin.kernel.shape;
  const n = kh * kw;
  const [oh, ow] = twin.output.shape;
  return (
    <div className="pool-row">
      <MatrixGrid
        role="kernel"
        label={t('grids.kernelLabel', { n })}
        caption={t('grids.kernel', { n, stride: lesson.stride[0] })}
        rows={kh}
        cols={kw}
        values={twin.kernel.data}
        scale="none"
        format={() => `1/${n}`}
      />
      <MatrixGrid role="conv" label={t('grids.convLabel')} caption={t('grids.conv')} rows={oh} cols={ow} values={twin.output.data} scale="signed" legend={false} />
      <p className="pool-readout" data-testid="conv-equal" data-value={String(twin.equal)}>
        {twin.equal ? t('readout.equal', { n }) : t('readout.notEqual')}
      </p>
    </div>
  );
}

/** The grid moved one pixel left, pooled the same way, compared with the original. */
export function ShiftPanel({ lesson, shifted }: { lesson: PoolingLesson; shifted: PoolingLesson }) {
  const { t } = useTranslation('pooling');
  const [H, W] = lesson.input.shape;
  const [, oh, ow] = shifted.trace.outShape;
  const inputs = countChanged(lesson.input, shifted.input);
  const outputs = countChanged(lesson.trace.output, shifted.trace.output);
  const changed = (r: number, c: number) =>
    shifted.trace.output.data[r * ow + c] === lesson.trace.output.data[r * ow + c] ? 'pool-same' : 'pool-changed';
  return (
    <div className="pool-row">
      <MatrixGrid
        role="shifted"
        label={t('grids.shiftedLabel', { rows: H, cols: W })}
        caption={t('grids.shifted')}
        rows={H}
        cols={W}
        values={shifted.input.data}
        scale="signed"
        legend={false}
      />
      <MatrixGrid
        role="shifted-output"
        label={t('grids.shiftedOutputLabel')}
        caption={t('grids.shiftedOutput')}
        rows={oh}
        cols={ow}
        values={shifted.trace.output.data}
        scale="signed"
        legend={false}
        cellClass={changed}
      />
      <p className="pool-readout" data-testid="shift-counts" data-value={`${inputs}|${outputs}`}>
        {t('readout.shiftCounts', { inputs, inputTotal: H * W, outputs, outputTotal: oh * ow })}
      </p>
      <p className="pool-readout">
        <Link to="/lesson/feature-match" params={{ step: 25 }}>
          {t('text.featureLink')}
        </Link>
      </p>
    </div>
  );
}
