/*
 * Part 2 of the ReLU lesson, the XOR builder: the weights (editable), each unit's formula, the
 * truth table with the network's values next to the slide's, the input plane, and the arithmetic
 * of the current input.
 */
import { useTranslation } from 'react-i18next';
import { CELL, ArithmeticPanel, MatrixGrid, Tex, formatNumber } from '../../ui';
import { SLIDE_RELU_TABLE, SLIDE_SIGMOID_TABLE } from './fixtures';
import { linearTex } from './geometry';
import { XorPlane } from './XorPlane';
import { type NetKind, type UnitSum, type Weights, type XorRow, matchesSlide } from './xor';

const UNIT_KEYS = ['a1', 'a2', 'y'] as const;
const UNIT_TEX = { a1: 'a_1', a2: 'a_2', y: 'y' } as const;
const fmt = (v: number) => formatNumber(v, 5);

/** The activation of each unit of a network, as TeX. */
function activationTex(kind: NetKind, unit: (typeof UNIT_KEYS)[number]): string {
  if (kind === 'relu') return unit === 'y' ? '' : '\\mathrm{ReLU}';
  return '\\sigma';
}

function unitFormula(kind: NetKind, unit: (typeof UNIT_KEYS)[number], row: readonly number[]): { tex: string; label: string } {
  const vars: [string, string] = unit === 'y' && kind !== 'single' ? ['a_1', 'a_2'] : ['x_1', 'x_2'];
  const inner = linearTex(row[0], row[1], row[2], vars);
  const f = activationTex(kind, unit);
  const tex = `${UNIT_TEX[unit]} = ${f ? `${f}(${inner})` : inner}`;
  return { tex, label: tex.replace(/\\mathrm\{ReLU\}/g, 'ReLU').replace(/\\sigma/g, 'σ').replace(/_/g, '') };
}

export function XorView(props: {
  kind: NetKind;
  weights: Weights;
  rows: XorRow[];
  current: number;
  onEdit: (r: number, c: number, v: number) => void;
}) {
  const { t } = useTranslation('relu');
  const { kind, weights, rows, current } = props;
  const units = kind === 'single' ? (['y'] as const) : UNIT_KEYS;
  const slide = kind === 'sigmoid' ? SLIDE_SIGMOID_TABLE : kind === 'relu' ? SLIDE_RELU_TABLE : null;
  const correct = rows.filter((r) => r.correct).length;
  const match = matchesSlide(kind, rows);
  const row = rows[current];
  const sums: { unit: (typeof UNIT_KEYS)[number]; s: UnitSum }[] =
    kind === 'single' ? [{ unit: 'y', s: row.output }] : [{ unit: 'a1', s: row.hidden[0] }, { unit: 'a2', s: row.hidden[1] }, { unit: 'y', s: row.output }];

  return (
    <>
      <div className="xor-layout">
        <div className="xor-left">
          <div className="xor-weights">
            <div className="grid-caption">{t('weights.caption')}</div>
            <div className="xor-weights-head" aria-hidden="true">
              {(['w1', 'w2', 'b'] as const).map((c) => (
                <span key={c}>{t(`weights.cols.${c}`)}</span>
              ))}
            </div>
            <div className="xor-weights-body">
              <div className="xor-weights-rows" aria-hidden="true">
                {units.map((u) => (
                  <span key={u}>{t(`weights.rows.${u}`)}</span>
                ))}
              </div>
              <MatrixGrid
                role="weights"
                label={t('weights.label', { units: units.map((u) => t(`weights.rows.${u}`)).join(', ') })}
                rows={units.length}
                cols={3}
                values={weights.flat()}
                scale="signed"
                legend={false}
                cellSize={CELL.lg}
                onEdit={props.onEdit}
              />
            </div>
          </div>
          <div className="xor-formulas" data-testid="xor-formulas">
            {units.map((u, i) => {
              const f = unitFormula(kind, u, weights[i]);
              return (
                <div key={u}>
                  <Tex tex={f.tex} label={f.label} />
                </div>
              );
            })}
          </div>
        </div>
        <XorPlane kind={kind} weights={weights} rows={rows} current={current} />
      </div>

      <div className="xor-table-wrap">
        <table className="xor-table" data-testid="xor-table">
          <caption>{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.x1')}</th>
              <th scope="col">{t('table.x2')}</th>
              {kind !== 'single' && <th scope="col">a₁</th>}
              {kind !== 'single' && <th scope="col">a₂</th>}
              <th scope="col">y</th>
              <th scope="col">{t('table.target')}</th>
              <th scope="col">{t('table.ok')}</th>
              {slide && <th scope="col">{t('table.slide')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className={i === current ? 'is-current' : undefined} aria-current={i === current ? 'true' : undefined} data-testid={`xor-row-${i}`}>
                <td>{r.x[0]}</td>
                <td>{r.x[1]}</td>
                {kind !== 'single' && (
                  <td data-testid={`xor-a1-${i}`} data-value={String(r.hidden[0].out)}>{fmt(r.hidden[0].out)}</td>
                )}
                {kind !== 'single' && (
                  <td data-testid={`xor-a2-${i}`} data-value={String(r.hidden[1].out)}>{fmt(r.hidden[1].out)}</td>
                )}
                <td data-testid={`xor-y-${i}`} data-value={String(r.y)}>{fmt(r.y)}</td>
                <td>{r.target}</td>
                <td className={r.correct ? 'ok' : 'bad'}>{r.correct ? `✓ ${t('table.yes')}` : `✗ ${t('table.no')}`}</td>
                {slide && <td className="xor-slide">{`${slide[i].a1} ${slide[i].a2} ${slide[i].y}`}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="xor-summary">
        <output data-testid="xor-correct" data-value={String(correct)}>{t('table.correct', { n: correct })}</output>
        {' · '}
        <output data-testid="xor-match" data-value={String(match)} className={match ? 'ok' : undefined}>
          {kind === 'single' ? t('table.noSlide') : match ? `✓ ${t('table.matches')}` : t('table.differs')}
        </output>
      </p>

      <div className="xor-arith">
        {sums.map(({ unit, s }) => {
          const f = activationTex(kind, unit);
          return (
            <div key={unit} className="xor-unit-arith">
              <ArithmeticPanel
                groups={[{ terms: [{ x: s.inputs[0], w: s.weights[0] }, { x: s.inputs[1], w: s.weights[1] }], result: s.dot }]}
                bias={s.bias}
                result={s.z}
                digits={5}
                testId={`xor-z-${unit}`}
                title={t('arith.unit', { unit: t(`weights.rows.${unit}`), x1: row.x[0], x2: row.x[1] })}
              />
              <p className="xor-activation">
                {f && <Tex tex={`${UNIT_TEX[unit]} = ${f}(${formatNumber(s.z, 5).replace('−', '-')}) =`} label={`${unit} = ${f === '\\sigma' ? 'σ' : 'ReLU'}(${formatNumber(s.z, 5)}) =`} />}
                {!f && <Tex tex={`${UNIT_TEX[unit]} =`} label={`${unit} =`} />}{' '}
                <output data-testid={`xor-out-${unit}`} data-value={String(s.out)}>{fmt(s.out)}</output>
              </p>
            </div>
          );
        })}
      </div>
    </>
  );
}
