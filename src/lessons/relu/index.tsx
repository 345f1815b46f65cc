/**
 * Lesson `relu` (LESSONS.md L07, L25): ReLU cell by cell on the digit-9 feature map (L06 → L07),
 * then why non-linearity matters: the XOR builder with sigmoid or ReLU hidden units (weights
 * editable, the input plane drawn with d3) and one unit alone; then sigmoid, tanh and ReLU side by
 * side. Link parameters: `input`, `net`, `w`, `x`, `step`.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKeyOf } from '../../i18n';
import { fromRows } from '../../core';
import { type GridCell, LessonLayout, type Matrix, formatMatrix, formatNumber, useLessonParams, useLessonStep, usePinnedCell } from '../../ui';
import { Curves, curveValues } from './Curves';
import { FEATURE_MAP } from './fixtures';
import { reluParams } from './params';
import { ReluMapView } from './ReluMapView';
import { PHASES, type ReluPhase, phaseStart, reluLessonTrace } from './trace';
import { XorView } from './XorView';
import { DEFAULT_WEIGHTS, NET_KINDS, type NetKind, type Weights, bestSingleUnit, unitsOf, xorTable } from './xor';
import './messages';
import './relu.css';

const BEST_SINGLE = bestSingleUnit();

function rowsOf(m: Matrix): number[][] {
  const [r, c] = m.shape;
  return Array.from({ length: r }, (_, i) => m.data.slice(i * c, i * c + c));
}

const sameWeights = (a: Weights, b: Weights) => a.length === b.length && a.every((r, i) => r.every((v, j) => v === b[i][j]));

/** Message keys of each phase's paragraphs. */
const PARAGRAPHS: Record<ReluPhase, readonly MessageKeyOf<'relu'>[]> = {
  relu: ['text.relu.p1', 'text.relu.p2', 'text.relu.p3'],
  xor: ['text.xor.p1', 'text.xor.p2', 'text.xor.p3'],
  curves: ['text.curves.p1', 'text.curves.p2'],
};

export default function Relu() {
  const { t } = useTranslation('relu');
  const { values, ignored, set } = useLessonParams(reluParams);
  const map = useMemo(() => (values.input ? values.input : fromRows(FEATURE_MAP)), [values.input]);
  const trace = useMemo(() => reluLessonTrace(map), [map]);
  const { step, pause, goTo } = useLessonStep(trace.steps.length);
  const [pinned, onHover] = usePinnedCell();

  const net = values.net;
  const mismatch = values.w !== null && values.w.shape[0] !== unitsOf(net);
  const weights: Weights = useMemo(
    () => (values.w && values.w.shape[0] === unitsOf(net) ? rowsOf(values.w) : DEFAULT_WEIGHTS[net]),
    [values.w, net],
  );
  const rows = useMemo(() => xorTable(net, weights), [net, weights]);

  const current = trace.steps[step] ?? trace.steps[0];
  const phase: ReluPhase = current.phase;
  const [, W] = trace.map.shape;

  const editWeight = (r: number, c: number, v: number) => {
    const next = weights.map((row) => [...row]);
    next[r][c] = v;
    set({ w: sameWeights(next, DEFAULT_WEIGHTS[net]) ? undefined : { shape: [next.length, 3], data: next.flat() } });
  };
  const pickNet = (kind: string) => {
    if (!(NET_KINDS as string[]).includes(kind)) return;
    set({ net: kind === 'sigmoid' ? undefined : (kind as NetKind), w: undefined });
  };
  const selectCell = (cell: GridCell) => {
    goTo(phaseStart(trace, 'relu') + cell.row * W + cell.col);
  };

  const text = (
    <>
      {PARAGRAPHS[phase].map((k) => (
        <p key={k}>{t(k)}</p>
      ))}
      {phase === 'xor' && net === 'single' && <p data-testid="single-search">{t('text.xor.single', BEST_SINGLE)}</p>}
      {phase === 'xor' && <p className="lesson-aside" data-testid="weights-note">{t('text.xor.weights')}</p>}
    </>
  );

  const controls =
    phase === 'xor' ? (
      <>
        <label className="control">
          <span>{t('nets.label')}</span>
          <select data-testid="net" value={net} onChange={(e) => pickNet(e.target.value)}>
            {NET_KINDS.map((k) => (
              <option key={k} value={k}>{t(`nets.${k}`)}</option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="reset-weights" disabled={values.w === null} onClick={() => set({ w: undefined })}>
          {t('nets.reset')}
        </button>
        {mismatch && values.w && (
          <p role="alert" className="field-error" data-testid="weights-mismatch">
            {t('weights.mismatch', { value: formatMatrix(values.w), net: t(`nets.${net}`), need: unitsOf(net) })}
          </p>
        )}
      </>
    ) : phase === 'curves' ? (
      <label className="control relu-x">
        <span>
          {t('curves.x')} = {formatNumber(values.x)}
        </span>
        <input
          type="range"
          data-testid="curve-x"
          min={-3}
          max={3}
          step={0.1}
          value={values.x}
          onChange={(e) => set({ x: Math.round(Number(e.target.value) * 10) / 10 })}
        />
      </label>
    ) : undefined;

  let status = '';
  if (current.phase === 'relu') {
    status = t('status.relu', { row: current.row, col: current.col, x: formatNumber(current.x), y: formatNumber(current.y) });
  } else if (current.phase === 'xor') {
    const r = rows[current.row];
    status = t('status.xor', { x1: r.x[0], x2: r.x[1], y: formatNumber(r.y, 5), target: r.target });
  } else {
    const v = curveValues(values.x);
    status = t('status.curves', { x: formatNumber(values.x), s: formatNumber(v.sigmoid, 4), t: formatNumber(v.tanh, 4), r: formatNumber(v.relu, 4) });
  }

  return (
    <LessonLayout
      text={text}
      steps={trace.steps.length}
      sections={PHASES.map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={phase}
      onSection={(id) => {
        pause();
        set({ step: phaseStart(trace, id as ReluPhase) });
      }}
      ignored={ignored}
      controls={controls}
      status={status}
    >
      {current.phase === 'relu' && (
        <ReluMapView trace={trace} upTo={step - phaseStart(trace, 'relu')} pinned={pinned} onHover={onHover} onSelect={selectCell} />
      )}
      {current.phase === 'xor' && <XorView kind={net} weights={weights} rows={rows} current={current.row} onEdit={editWeight} />}
      {current.phase === 'curves' && <Curves x={values.x} />}
    </LessonLayout>
  );
}
