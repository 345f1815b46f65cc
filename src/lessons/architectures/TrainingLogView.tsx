/*
 * The Keras model's training log (L27) as two small d3 charts (accuracy and loss, training solid
 * and validation dashed), the epoch on screen marked, the best epoch and the dips labelled, and
 * the log itself as a table.
 */
import { line, scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import { MNIST_TRAIN_COUNT } from '../../core';
import { ScrollRegion } from '../../ui';
import { STEPS_PER_EPOCH, TRAINING_LOG, type EpochLog, readLog } from './trainingLog';

const W = 340;
const H = 210;
const M = { left: 46, right: 12, top: 26, bottom: 34 };
const READING = readLog(TRAINING_LOG);

interface Series {
  key: 'accuracy' | 'valAccuracy' | 'loss' | 'valLoss';
  dashed: boolean;
}

function Chart(props: { title: string; domain: [number, number]; series: Series[]; epoch: number; names: Record<Series['key'], string>; fmt: (v: number) => string }) {
  const { t } = useTranslation('architectures');
  const sx = scaleLinear().domain([1, 10]).range([M.left, W - M.right]);
  const sy = scaleLinear().domain(props.domain).range([H - M.bottom, M.top]);
  const path = (key: Series['key']) => line<EpochLog>().x((e) => sx(e.epoch)).y((e) => sy(e[key]))(TRAINING_LOG as EpochLog[]) ?? '';
  const ticks = sy.ticks(4);
  const current = TRAINING_LOG[props.epoch - 1];
  return (
    <figure className="ar-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.title}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={sy(v)} y2={sy(v)} className="ar-grid" />
            <text x={M.left - 6} y={sy(v)} className="ar-tick" textAnchor="end" dominantBaseline="middle">{props.fmt(v)}</text>
          </g>
        ))}
        {TRAINING_LOG.map((e) => (
          <text key={e.epoch} x={sx(e.epoch)} y={H - M.bottom + 16} className="ar-tick" textAnchor="middle">{e.epoch}</text>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 4} className="ar-axis" textAnchor="middle">{t('log.epoch')}</text>
        <line x1={sx(props.epoch)} x2={sx(props.epoch)} y1={M.top} y2={H - M.bottom} className="ar-cursor" />
        {props.series.map((s) => (
          <path key={s.key} d={path(s.key)} className={`ar-line-path ${s.dashed ? 'is-dashed' : ''}`} />
        ))}
        {props.series.filter((s) => s.dashed).flatMap((s) =>
          READING.dips.map((d) => {
            const e = TRAINING_LOG[d - 1];
            return <circle key={`${s.key}-${d}`} cx={sx(d)} cy={sy(e[s.key])} r={4.5} className="ar-dip" />;
          }),
        )}
        {props.series.map((s) => (
          <circle key={`cur-${s.key}`} cx={sx(props.epoch)} cy={sy(current[s.key])} r={4} className={`ar-point ${s.dashed ? 'is-dashed' : ''}`} />
        ))}
        {props.series.map((s, i) => (
          <g key={`legend-${s.key}`} transform={`translate(${M.left + 8 + i * 120}, 10)`}>
            <line x1={0} x2={22} y1={0} y2={0} className={`ar-line-path ${s.dashed ? 'is-dashed' : ''}`} />
            <text x={27} y={0} className="ar-tick" dominantBaseline="middle">{props.names[s.key]}</text>
          </g>
        ))}
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  );
}

export function TrainingLogView(props: { epoch: number }) {
  const { t } = useTranslation('architectures');
  const e = TRAINING_LOG[props.epoch - 1];
  const names = { accuracy: 'accuracy', valAccuracy: 'val_accuracy', loss: 'loss', valLoss: 'val_loss' };
  return (
    <div className="ar-log">
      <div className="ar-charts">
        <Chart title={t('log.accChart')} domain={[0.92, 1]} series={[{ key: 'accuracy', dashed: false }, { key: 'valAccuracy', dashed: true }]} epoch={props.epoch} names={names} fmt={(v) => v.toFixed(2)} />
        <Chart title={t('log.lossChart')} domain={[0, 0.25]} series={[{ key: 'loss', dashed: false }, { key: 'valLoss', dashed: true }]} epoch={props.epoch} names={names} fmt={(v) => v.toFixed(2)} />
      </div>
      <p className="ar-legend-note">{t('log.dipsLegend')}</p>
      <div className="ar-readouts">
        <div className="ar-readout is-total">
          <span>{t('log.valAcc', { epoch: e.epoch })}</span>
          <output data-testid="val-accuracy" data-value={String(e.valAccuracy)}>{e.valAccuracy.toFixed(4)}</output>
        </div>
        <div className="ar-readout">
          <span>{t('log.best')}</span>
          <output data-testid="best-epoch" data-value={String(READING.bestEpoch)} data-accuracy={String(READING.bestValAccuracy)}>
            {t('log.bestValue', { epoch: READING.bestEpoch, acc: READING.bestValAccuracy.toFixed(4) })}
          </output>
        </div>
        <div className="ar-readout">
          <span>{t('log.dips')}</span>
          <output data-testid="dips" data-value={READING.dips.join(',')}>{READING.dips.join(', ')}</output>
        </div>
        <div className="ar-readout">
          <span>{t('log.batch')}</span>
          <output data-testid="batch-size" data-value={String(READING.batchSizes[0])}>
            ⌈{MNIST_TRAIN_COUNT.toLocaleString('en-US')} / {READING.batchSizes[0]}⌉ = {STEPS_PER_EPOCH}
          </output>
        </div>
      </div>
      <ScrollRegion className="ar-table-wrap" label={t('log.caption')}>
        <table className="ar-table" data-testid="log-table">
          <caption>{t('log.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">epoch</th>
              <th scope="col">time</th>
              <th scope="col">loss</th>
              <th scope="col">accuracy</th>
              <th scope="col">val_loss</th>
              <th scope="col">val_accuracy</th>
            </tr>
          </thead>
          <tbody>
            {TRAINING_LOG.map((r) => (
              <tr key={r.epoch} className={r.epoch === props.epoch ? 'is-current' : undefined}>
                <th scope="row">{r.epoch}</th>
                <td>{r.time} {r.msPerStep}ms/step</td>
                <td>{r.loss.toFixed(4)}</td>
                <td>{r.accuracy.toFixed(4)}</td>
                <td className={READING.lossRises.includes(r.epoch) ? 'ar-bad' : undefined}>{r.valLoss.toFixed(4)}</td>
                <td className={r.epoch === READING.bestEpoch ? 'ar-ok' : READING.dips.includes(r.epoch) ? 'ar-bad' : undefined}>
                  {r.valAccuracy.toFixed(4)}
                  {r.epoch === READING.bestEpoch ? ' ★' : READING.dips.includes(r.epoch) ? ' ↓' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
