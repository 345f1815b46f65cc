/*
 * The CAM formulas (LESSONS.md L34) typeset with KaTeX, each with the sandbox's own numbers; the
 * formula of the step on screen is marked.
 */
import { useTranslation } from 'react-i18next';
import { Tex, formatNumber } from '../../ui';
import type { CamStepId, CamTrace } from './trace';

const num = (v: number) => formatNumber(v, 4).replace('−', '-');
const fac = (v: number) => (v < 0 ? `(${num(v)})` : num(v));

interface Line {
  /** A step of the lesson, and the key of the line's name (`formulas.<id>`). */
  id: Extract<CamStepId, 'maps' | 'gap' | 'scores' | 'softmax' | 'cell' | 'sum'>;
  general: string;
  generalText: string;
  numbers?: string;
  numbersText?: string;
}

export function Formulas(props: { trace: CamTrace; f: number[][][]; w: number[][]; c: number; className: string; step: CamStepId }) {
  const { t } = useTranslation('cam');
  const { trace, f, w, c } = props;
  const name = props.className;
  const fSum = (k: number) => f[k].flat().map(num).join(' + ');
  const lines: Line[] = [
    { id: 'maps', general: 'f_k(x, y)', generalText: 'f_k(x, y)' },
    {
      id: 'gap',
      general: 'F_k = \\sum_{x,y} f_k(x, y)',
      generalText: 'F_k = Σ over x, y of f_k(x, y)',
      numbers: trace.F.map((F, k) => `F_${k + 1} = ${fSum(k)} = ${num(F)}`).join(',\\quad '),
      numbersText: trace.F.map((F, k) => `F${k + 1} = ${formatNumber(F, 4)}`).join(', '),
    },
    {
      id: 'scores',
      general: 'S_c = \\sum_k w_k^c F_k',
      generalText: 'S_c = Σ over k of w_k^c F_k',
      numbers: `S_{\\text{${name}}} = ${w[c].map((wk, k) => `${fac(wk)}\\cdot ${fac(trace.F[k])}`).join(' + ')} = ${num(trace.S[c])}`,
      numbersText: `S_${name} = ${w[c].map((wk, k) => `${formatNumber(wk, 4)}·${formatNumber(trace.F[k], 4)}`).join(' + ')} = ${formatNumber(trace.S[c], 4)}`,
    },
    {
      id: 'softmax',
      general: 'P_c = \\dfrac{\\exp(S_c)}{\\sum_{c\'} \\exp(S_{c\'})}',
      generalText: "P_c = exp(S_c) / Σ over c' of exp(S_c')",
      numbers: `P_{\\text{${name}}} = \\dfrac{e^{${num(trace.S[c])}}}{${trace.S.map((s) => `e^{${num(s)}}`).join(' + ')}} \\approx ${trace.probs[c].toFixed(4)}`,
      numbersText: `P_${name} ≈ ${trace.probs[c].toFixed(4)}`,
    },
    {
      id: 'cell',
      general: 'M_c(x, y) = \\sum_k w_k^c f_k(x, y)',
      generalText: 'M_c(x, y) = Σ over k of w_k^c f_k(x, y)',
    },
    {
      id: 'sum',
      general: 'S_c = \\sum_k w_k^c \\sum_{x,y} f_k(x, y) = \\sum_{x,y} \\sum_k w_k^c f_k(x, y) = \\sum_{x,y} M_c(x, y)',
      generalText: 'S_c = Σ_k w_k^c Σ_{x,y} f_k(x, y) = Σ_{x,y} Σ_k w_k^c f_k(x, y) = Σ_{x,y} M_c(x, y)',
      numbers: `\\sum_{x,y} M_{\\text{${name}}}(x, y) = ${trace.maps[c].map(fac).join(' + ')} = ${num(trace.mapSum)} = S_{\\text{${name}}}`,
      numbersText: `Σ M_${name} = ${formatNumber(trace.mapSum, 4)} = S_${name}`,
    },
  ];
  return (
    <section className="cam-formulas" aria-labelledby="cam-formulas-title">
      <h2 id="cam-formulas-title">{t('formulas.title')}</h2>
      <ol>
        {lines.map((l) => (
          <li key={l.id} className={l.id === props.step ? 'is-current' : undefined} data-formula={l.id}>
            <span className="cam-formula-name">{t(`formulas.${l.id}`)}</span>
            <Tex tex={l.general} label={l.generalText} />
            {l.numbers && (
              <span className="cam-formula-numbers">
                <Tex tex={l.numbers} label={l.numbersText ?? ''} />
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
