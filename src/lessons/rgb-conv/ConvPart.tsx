/*
 * The stepped convolution over three channels (L11): each channel with its kernel slice and its
 * part of the output, then R + G + B + bias = the output.
 */
import { useTranslation } from 'react-i18next';
import {
  CELL,
  ArithmeticPanel,
  type ArithmeticSpec,
  type GridCell,
  KernelOverlay,
  MatrixGrid,
  convArithmetic,
  stepOfCell,
  windowCellClass,
  NumberField,
} from '../../ui';
import type { RgbStep, RgbTrace } from './trace';

const CHANNELS = [0, 1, 2];
/** Channel 0, 1, 2 by name (their message keys, `channel.<name>` and `channelShort.<name>`). */
export const CHANNEL_NAMES = ['red', 'green', 'blue'] as const;

/** Three rows (channel ⊛ slice = part), then R + G + B + bias = output, with the bias field and the arithmetic. */
export function ConvPart(props: {
  trace: RgbTrace;
  steps: RgbStep[];
  step: number;
  bias: number;
  pinned: GridCell | null;
  onHover: (cell: GridCell | null) => void;
  onSelect: (cell: GridCell) => void;
  onEditKernel: (channel: number, r: number, c: number, v: number) => void;
  onBias: (v: number) => string | null;
}) {
  const { t } = useTranslation('rgb-conv');
  const { trace, step, pinned } = props;
  const current = props.steps[step];
  const conv = trace.conv;
  const pinnedStep = pinned ? stepOfCell(conv.steps, pinned.row, pinned.col) : undefined;
  const shown = pinnedStep ?? current.conv;
  const focusChannel = !pinnedStep && current.kind === 'channel' ? current.channel : -1;
  const [, Hp, Wp] = conv.padded.shape;
  const [, outH, outW] = conv.outShape;
  const plane = Hp * Wp;
  const kPlane = 9;
  const labels = CHANNEL_NAMES.map((c) => t(`channelShort.${c}`));
  const names = CHANNEL_NAMES.map((c) => t(`channel.${c}`));
  /** Cells filled so far: the last output index shown (−1 none) per channel part and for the output. */
  const lastOutput = current.kind === 'output' ? current.conv.outIndex : -1;
  const lastPart = (c: number) => (current.kind === 'channel' ? (c <= current.channel ? 0 : -1) : lastOutput);
  const beyond = (r: number, c: number) => (trace.determined[r * outW + c] ? undefined : 'rgb-beyond');
  const mark = (r: number, c: number) => {
    const classes = [beyond(r, c)];
    if (pinnedStep && pinnedStep.row === r && pinnedStep.col === c) classes.push('is-pinned');
    else if (current.conv.row === r && current.conv.col === c) classes.push('is-current');
    return classes.filter(Boolean).join(' ') || undefined;
  };
  const full = convArithmetic(shown, labels, true);
  const arith: ArithmeticSpec =
    focusChannel >= 0 ? { groups: [full.groups[focusChannel]], result: shown.channelSums[focusChannel] } : full;
  const title =
    focusChannel >= 0
      ? t('arith.channelTitle', { name: names[focusChannel] })
      : shown.index === 0
        ? t('arith.biasTitle')
        : t('arith.title', { row: shown.row, col: shown.col });
  return (
    <>
      {CHANNELS.map((c) => (
        <div key={c} className={`rgb-row${focusChannel >= 0 && focusChannel !== c ? ' is-dim' : ''}`} data-channel={c}>
          <MatrixGrid
            role={`channel-${c}`}
            label={t('grids.channelLabel', { name: names[c] })}
            caption={t('grids.channel', { name: names[c], n: c + 1 })}
            rows={Hp}
            cols={Wp}
            values={conv.padded.data.subarray(c * plane, (c + 1) * plane)}
            scale="grey"
            domain={[0, 255]}
            legend={false}
            pads={conv.pads}
            cellSize={CELL.sm}
            cellClass={windowCellClass(shown)}
            overlay={
              <KernelOverlay
                row={shown.origin.row}
                col={shown.origin.col}
                rows={3}
                cols={3}
                weights={shown.kernel.data.subarray(c * kPlane, (c + 1) * kPlane)}
                faded={!!pinnedStep}
              />
            }
          />
          <span className="op-sign" aria-hidden="true">⊛</span>
          <MatrixGrid
            role={`kernel-${c}`}
            label={t('grids.kernelLabel', { name: names[c] })}
            caption={t('grids.kernel', { name: names[c], n: c + 1 })}
            rows={3}
            cols={3}
            values={conv.weights.data.subarray(c * kPlane, (c + 1) * kPlane)}
            scale="signed"
            legend={false}
            onEdit={(r, col, v) => props.onEditKernel(c, r, col, v)}
          />
          <span className="op-sign" aria-hidden="true">=</span>
          <MatrixGrid
            role={`part-${c}`}
            label={t('grids.partLabel', { name: names[c] })}
            caption={t('grids.part', { name: names[c] })}
            rows={outH}
            cols={outW}
            values={trace.channelParts.data.subarray(c * outH * outW, (c + 1) * outH * outW)}
            scale="signed"
            legend={false}
            cellSize={CELL.lg}
            pending={(r, col) => r * outW + col > lastPart(c)}
            cellClass={mark}
            onCellHover={props.onHover}
            onCellSelect={props.onSelect}
          />
        </div>
      ))}
      <div className="rgb-row rgb-sum">
        <MatrixGrid
          role="output"
          label={t('grids.outputLabel')}
          caption={t('grids.output')}
          rows={outH}
          cols={outW}
          values={trace.output.data}
          scale="signed"
          cellSize={CELL.lg}
          pending={(r, c) => r * outW + c > lastOutput}
          cellClass={mark}
          onCellHover={props.onHover}
          onCellSelect={props.onSelect}
        />
        <div className="rgb-arith">
          <NumberField
            label={t('controls.bias')}
            value={props.bias}
            testId="bias"
            notNumber={(text) => t('controls.notWhole', { text })}
            onCommit={props.onBias}
          />
          <ArithmeticPanel {...arith} title={title} />
        </div>
      </div>
      <p className="rgb-note">{t('readout.beyond')}</p>
    </>
  );
}
