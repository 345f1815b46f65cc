/*
 * GoogLeNet's table as published, row by row, next to the core's numbers (weights only,
 * K = 1024), with the table's own deviations marked; an inception row shows its four branches.
 */
import { useTranslation } from 'react-i18next';
import { Tex, ScrollRegion } from '../../ui';
import type { Agreement, GoogLeNetTraced } from './googlenet';
import { channelsLast } from './trace';

const n = (v: number) => v.toLocaleString('en-US');
const k1 = (v: number) => `${Number((v / 1024).toFixed(1))}K`;
const m1 = (v: number) => `${Number((v / 1e6).toFixed(1))}M`;
const MARK: Record<Agreement, string> = { agree: '✓', close: '≈', deviation: '✗' };

export function GoogLeNetView(props: { rows: GoogLeNetTraced[]; step: number; onPick(i: number): void }) {
  const { t } = useTranslation('architectures');
  const cur = props.rows[props.step];
  return (
    <div className="ar-googlenet">
      <GoogLeNetDetail row={cur} count={props.rows.length} />
      <ScrollRegion className="ar-table-wrap" label={t('google.caption')}>
        <table className="ar-table" data-testid="googlenet-table">
          <caption>{t('google.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('google.type')}</th>
              <th scope="col">{t('google.patch')}</th>
              <th scope="col">{t('google.output')}</th>
              <th scope="col">{t('google.published')}</th>
              <th scope="col">{t('google.computed')}</th>
              <th scope="col"><span className="visually-hidden">{t('google.check')}</span></th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.index} className={r.index === props.step ? 'is-current' : undefined} aria-current={r.index === props.step ? 'step' : undefined}>
                <th scope="row">
                  <button type="button" className="ar-row-button" onClick={() => props.onPick(r.index)} data-testid={`layer-${r.index}`}>
                    {r.row.type}
                  </button>
                </th>
                <td>{r.row.patch ?? ''}</td>
                <td>{r.row.output.join('×')}</td>
                <td>{r.row.paramsK !== undefined ? `${r.row.paramsK}K · ${r.row.opsM}M` : ''}</td>
                <td>{r.check ? `${k1(r.params)} · ${m1(r.mults)}` : ''}</td>
                <td className={r.check ? `ar-check ar-check-${r.check}` : undefined}>
                  {r.check && <span aria-label={t(`check.${r.check}`)}>{MARK[r.check]}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

function GoogLeNetDetail(props: { row: GoogLeNetTraced; count: number }) {
  const { t } = useTranslation('architectures');
  const r = props.row;
  const out = channelsLast(r.outputShape);
  const w = r.row.layer.kind === 'inception' ? r.row.layer.widths : null;
  return (
    <section className="ar-detail" aria-labelledby="ar-g-title">
      <h2 id="ar-g-title">{t('detail.title', { k: r.index + 1, n: props.count, name: r.row.type })}</h2>
      <p className="ar-shapes">
        {channelsLast(r.inputShape).join('×')} → <strong>{out.join('×')}</strong>
        {r.shapeOk && <span className="ar-ok"> ✓ {t('google.shapeOk')}</span>}
      </p>
      {w && r.branches && (
        <>
          <ScrollRegion className="ar-table-wrap" label={t('google.branches')}>
          <table className="ar-table ar-branches" data-testid="branches">
            <caption>{t('google.branches')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('google.branch')}</th>
                <th scope="col">{t('google.weights')}</th>
                <th scope="col">{t('google.depth')}</th>
              </tr>
            </thead>
            <tbody>
              {r.branches.map((b) => (
                <tr key={b.name}>
                  <th scope="row">{t(`google.b${b.name}`, { n1: w.n1, r3: w.r3, n3: w.n3, r5: w.r5, n5: w.n5, pool: w.pool })}</th>
                  <td>{n(b.params)}</td>
                  <td>{b.depth}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </ScrollRegion>
          <div className="ar-line">
            <span className="ar-line-name">{t('google.depthSum')}</span>
            <Tex tex={`${w.n1} + ${w.n3} + ${w.n5} + ${w.pool} = ${out[2]}`} label={`${w.n1} + ${w.n3} + ${w.n5} + ${w.pool} = ${out[2]}`} />
          </div>
        </>
      )}
      <div className="ar-readouts">
        <div className="ar-readout">
          <span>{t('readout.output')}</span>
          <output data-testid="output-size" data-value={String(out[0])} data-shape={out.join(',')}>{out.join('×')}</output>
        </div>
        <div className="ar-readout">
          <span>{t('google.weights')}</span>
          <output data-testid="param-count" data-value={String(r.params)}>{n(r.params)}</output>
        </div>
        <div className="ar-readout">
          <span>{t('readout.mults')}</span>
          <output data-testid="mult-count" data-value={String(r.mults)}>{n(r.mults)}</output>
        </div>
      </div>
      {r.check && r.row.paramsK !== undefined && (
        <p className={`ar-verdict ar-check-${r.check}`} data-testid="check" data-value={r.check}>
          {t(`google.verdict.${r.check}`, {
            pk: r.row.paramsK,
            pm: r.row.opsM,
            ck: Number((r.params / 1024).toFixed(1)),
            cm: Number((r.mults / 1e6).toFixed(1)),
          })}
        </p>
      )}
      {r.index === 0 && <p className="lesson-aside">{t('google.firstConv')}</p>}
      {r.index === 17 && <p className="ar-note">{t('google.linear')}</p>}
    </section>
  );
}
