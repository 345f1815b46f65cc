import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../core/errorMessage';
import { MNIST_SIDE } from '../model/mnistSizes';
import { useStore } from '../state/store';
import { ArithmeticPanel } from '../ui/ArithmeticPanel';
import { CELL } from '../ui/cellSizes';
import { formatNumber } from '../ui/format';
import { MatrixGrid, type GridPads } from '../ui/MatrixGrid';
import { convCellArithmetic, type CellArithmetic } from './cellArithmetic';
import type { DrawResult, NetworkInfo, SelectedCell } from './types';

/** Cell side (em) of the patch, kernel and product grids. */
/** Channels whose grids are shown before "show all". */
const FIRST_CHANNELS = 4;

/**
 * The exact arithmetic of the selected activation cell of the drawing page's model (from the store).
 */
export const CellArithmeticPanel = memo(function CellArithmeticPanel({ result }: { result: DrawResult | null }) {
  const network = useStore((s) => s.draw.network);
  const selected = useStore((s) => s.draw.selected);
  const select = useStore((s) => s.drawSelect);
  const acts = result && network && result.networkKey === network.key ? result.activations : null;
  return <CellArithmeticView network={network} selected={selected} onClose={() => select(null)} input={result?.prep?.input ?? null} acts={acts} />;
});

/**
 * The exact arithmetic of the selected activation cell, from the model's real weights, computed
 * by the tensor core: for every input channel the patch under the window, the kernel slice and
 * their products; then the channel sums, the bias, z and the activation function, next to the
 * value tfjs computed for the same cell. `input` is the 28×28 model input, `acts` one output per
 * `network.layers` (both for the same image).
 */
export const CellArithmeticView = memo(function CellArithmeticView(props: {
  network: NetworkInfo | null;
  selected: SelectedCell | null;
  onClose: () => void;
  input: Float32Array | null;
  acts: Float32Array[] | null;
}) {
  const { t } = useTranslation('draw');
  const { network, selected, input: modelInput, acts } = props;
  const [showAll, setShowAll] = useState(false);

  const layer = selected && network ? network.layers[selected.layer] : undefined;

  const computed = useMemo((): { a: CellArithmetic; tfjs: number; H: number; W: number } | { error: string } | null => {
    if (!selected || !layer?.conv || !acts || !modelInput || !network) return null;
    const input = layer.inputIndex < 0 ? modelInput : acts[layer.inputIndex];
    const [H, W] = layer.inputIndex < 0 ? [MNIST_SIDE, MNIST_SIDE] : network.layers[layer.inputIndex].shape;
    const [, OW, K] = layer.shape;
    try {
      const a = convCellArithmetic({ data: input, H, W }, layer.conv, selected.k, selected.row, selected.col);
      return { a, tfjs: acts[layer.index][(selected.row * OW + selected.col) * K + selected.k], H, W };
    } catch (e) {
      return { error: errorMessage(e) };
    }
  }, [selected, layer, acts, modelInput, network]);

  if (!selected || !layer?.conv || !computed) return null;
  if ('error' in computed) return <p role="alert" className="notice">{computed.error}</p>;
  const { a, tfjs, H, W } = computed;
  const { kh, kw, C } = layer.conv;
  const { step } = a;
  const n = kh * kw;
  const pads: GridPads = {
    top: Math.max(0, -a.origin.row),
    left: Math.max(0, -a.origin.col),
    bottom: Math.max(0, a.origin.row + kh - H),
    right: Math.max(0, a.origin.col + kw - W),
  };
  const channelsShown = showAll || C <= FIRST_CHANNELS + 1 ? C : FIRST_CHANNELS;
  const slice = (data: Float64Array, c: number) => data.subarray(c * n, (c + 1) * n);
  const inputName = layer.inputIndex < 0 ? t('arith.modelInput') : network?.layers[layer.inputIndex].name ?? '';
  const groups = Array.from({ length: C }, (_, c) => ({
    label: C > 1 ? t('arith.channelShort', { c }) : undefined,
    terms: Array.from(slice(step.patch.data, c), (x, i) => ({ x, w: step.kernel.data[c * n + i] })),
    result: step.channelSums[c],
  }));
  const diff = Math.abs(a.value - tfjs);

  return (
    <section className="cell-arithmetic" aria-labelledby="cell-arith-h" data-testid="cell-arithmetic">
      <div className="cell-arithmetic-head">
        <h4 id="cell-arith-h">
          {t('arith.title', { name: layer.name, k: selected.k, row: selected.row, col: selected.col })}
        </h4>
        <button type="button" onClick={props.onClose}>{t('arith.close')}</button>
      </div>
      <p className="panel-note">
        {t('arith.intro', { input: inputName, C, kh, kw, row: a.origin.row, col: a.origin.col })}
        {(pads.top || pads.left || pads.bottom || pads.right) > 0 && ` ${t('arith.padding')}`}
      </p>
      <ol className="arith-channels">
        {Array.from({ length: channelsShown }, (_, c) => (
          <li key={c} className="arith-channel">
            <MatrixGrid
              role={`patch-${c}`}
              label={t('arith.patchLabel', { c, kh, kw })}
              caption={t('arith.patch', { c })}
              rows={kh}
              cols={kw}
              values={slice(step.patch.data, c)}
              scale="ink"
              domain={[0, Math.max(1e-9, ...slice(step.patch.data, c))]}
              pads={pads}
              legend={false}
              cellSize={CELL.lg}
            />
            <span className="arith-op" aria-hidden="true">×</span>
            <MatrixGrid
              role={`kernel-${c}`}
              label={t('arith.kernelLabel', { c, k: selected.k, kh, kw })}
              caption={t('arith.kernel', { c, k: selected.k })}
              rows={kh}
              cols={kw}
              values={slice(step.kernel.data, c)}
              scale="signed"
              legend={false}
              cellSize={CELL.lg}
            />
            <span className="arith-op" aria-hidden="true">=</span>
            <MatrixGrid
              role={`products-${c}`}
              label={t('arith.productsLabel', { c })}
              caption={t('arith.products', { c })}
              rows={kh}
              cols={kw}
              values={slice(step.products.data, c)}
              scale="signed"
              legend={false}
              cellSize={CELL.lg}
            />
            <span className="arith-sum">
              Σ = <output data-testid={`channel-sum-${c}`} data-value={String(step.channelSums[c])}>{formatNumber(step.channelSums[c], 4)}</output>
            </span>
          </li>
        ))}
      </ol>
      {channelsShown < C && (
        <button type="button" onClick={() => setShowAll(true)}>{t('arith.showAll', { n: C })}</button>
      )}
      <ArithmeticPanel
        title={t('arith.sumTitle')}
        groups={groups}
        bias={step.bias}
        result={a.z}
        showProducts={false}
        digits={3}
      />
      <dl className="arith-result">
        <div>
          <dt>{t('arith.activation', { act: layer.conv.activation })}</dt>
          <dd>
            <output data-testid="cell-activation" data-value={String(a.value)}>{formatNumber(a.value, 5)}</output>
            {layer.conv.activation === 'relu' && <span className="panel-note"> = max(0, {formatNumber(a.z, 5)})</span>}
          </dd>
        </div>
        <div>
          <dt>{t('arith.tfjs')}</dt>
          <dd>
            <output data-testid="cell-tfjs" data-value={String(tfjs)}>{formatNumber(tfjs, 5)}</output>
            <span className={diff < 1e-4 ? 'arith-match' : 'arith-mismatch'}>
              {' '}{diff < 1e-4 ? t('arith.match', { diff: diff.toExponential(1) }) : t('arith.mismatch', { diff: diff.toExponential(1) })}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
});
