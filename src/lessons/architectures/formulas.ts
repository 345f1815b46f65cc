/*
 * The formulas of one traced layer with its own numbers, as TeX (for KaTeX) and as plain text
 * (for screen readers and tests): output size, parameters, multiplications.
 */
import type { TracedLayer } from './trace';

/** A formula in both forms. */
export interface Formula {
  tex: string;
  text: string;
}

const tInt = (n: number) => n.toLocaleString('en-US').replace(/,/g, '{,}');
const pInt = (n: number) => n.toLocaleString('en-US');
const exactText = (v: number) => String(Number(v.toFixed(4)));

/**
 * The output-size formula of a window layer, a flatten or a global pooling; undefined for
 * layers that keep the shape.
 *
 * @example
 * sizeFormula(conv3x3On28).text; // "(28 − 3 + 2·0) / 1 + 1 = 26"
 */
export function sizeFormula(l: TracedLayer): Formula | undefined {
  const w = l.window;
  if (w) {
    const sym = w.pads.top === w.pads.bottom;
    const padTex = sym ? `2\\cdot ${w.pads.top}` : `${w.pads.top} + ${w.pads.bottom}`;
    const padTxt = sym ? `2·${w.pads.top}` : `${w.pads.top} + ${w.pads.bottom}`;
    const whole = Number.isInteger(w.exact);
    const tail = whole ? `= ${w.size}` : `= ${exactText(w.exact)} \\;\\to\\; \\lfloor ${exactText(w.exact)} \\rfloor = ${w.size}`;
    const tailTxt = whole ? `= ${w.size}` : `= ${exactText(w.exact)} → ${w.size}`;
    return {
      tex: `\\dfrac{${w.D} - ${w.F} + ${padTex}}{${w.S}} + 1 ${tail}`,
      text: `(${w.D} − ${w.F} + ${padTxt}) / ${w.S} + 1 ${tailTxt}`,
    };
  }
  if (l.type === 'flatten' && l.inputShape.length === 3) {
    const [C, H, W] = l.inputShape;
    return { tex: `${H}\\cdot ${W}\\cdot ${C} = ${tInt(H * W * C)}`, text: `${H}·${W}·${C} = ${pInt(H * W * C)}` };
  }
  if (l.type === 'gap' && l.inputShape.length === 3) {
    const [C, H, W] = l.inputShape;
    return { tex: `${H}\\times ${W}\\times ${C} \\to ${C}`, text: `${H}×${W}×${C} → ${C}` };
  }
  return undefined;
}

/**
 * The parameter count with its formula: (k·k·C_in + 1)·C_out for a convolution,
 * (n_in + 1)·n_out for a dense layer (without the + 1 when the layer has no bias), 0 otherwise.
 *
 * @example
 * paramFormula(keras[1]).text; // "(3·3·32 + 1)·64 = 18,496"
 */
export function paramFormula(l: TracedLayer): Formula & { general: Formula } {
  const spec = l.spec;
  if (spec?.type === 'conv') {
    const k = typeof spec.kernelSize === 'number' ? spec.kernelSize : spec.kernelSize[0];
    const cin = l.inputShape[0];
    const cout = l.outputShape[0];
    if (spec.bias === false) {
      return {
        general: { tex: 'k\\cdot k\\cdot C_{in}\\cdot C_{out}', text: 'k·k·C_in·C_out' },
        tex: `${k}\\cdot ${k}\\cdot ${cin}\\cdot ${cout} = ${tInt(l.params)}`,
        text: `${k}·${k}·${cin}·${cout} = ${pInt(l.params)}`,
      };
    }
    return {
      general: { tex: '(k\\cdot k\\cdot C_{in} + 1)\\cdot C_{out}', text: '(k·k·C_in + 1)·C_out' },
      tex: `(${k}\\cdot ${k}\\cdot ${cin} + 1)\\cdot ${cout} = ${tInt(l.params)}`,
      text: `(${k}·${k}·${cin} + 1)·${cout} = ${pInt(l.params)}`,
    };
  }
  if (spec?.type === 'dense') {
    const nin = l.inputShape[0];
    const nout = l.outputShape[0];
    if (spec.bias === false) {
      return {
        general: { tex: 'n_{in}\\cdot n_{out}', text: 'n_in·n_out' },
        tex: `${tInt(nin)}\\cdot ${tInt(nout)} = ${tInt(l.params)}`,
        text: `${pInt(nin)}·${pInt(nout)} = ${pInt(l.params)}`,
      };
    }
    return {
      general: { tex: '(n_{in} + 1)\\cdot n_{out}', text: '(n_in + 1)·n_out' },
      tex: `(${tInt(nin)} + 1)\\cdot ${tInt(nout)} = ${tInt(l.params)}`,
      text: `(${pInt(nin)} + 1)·${pInt(nout)} = ${pInt(l.params)}`,
    };
  }
  return { general: { tex: '0', text: '0' }, tex: '0', text: '0' };
}

/**
 * The multiplications of one forward pass: (k·k·C_in)·(H_out·W_out·C_out) for a convolution,
 * n_in·n_out for a dense layer, 0 otherwise.
 *
 * @example
 * multFormula(keras[0]).text; // "(3·3·1)·(26·26·32) = 194,688"
 */
export function multFormula(l: TracedLayer): Formula {
  const spec = l.spec;
  if (spec?.type === 'conv') {
    const k = typeof spec.kernelSize === 'number' ? spec.kernelSize : spec.kernelSize[0];
    const [cout, h, w] = l.outputShape;
    const cin = l.inputShape[0];
    return {
      tex: `(${k}\\cdot ${k}\\cdot ${cin})\\cdot(${h}\\cdot ${w}\\cdot ${cout}) = ${tInt(l.mults)}`,
      text: `(${k}·${k}·${cin})·(${h}·${w}·${cout}) = ${pInt(l.mults)}`,
    };
  }
  if (spec?.type === 'dense') {
    return {
      tex: `${tInt(l.inputShape[0])}\\cdot ${tInt(l.outputShape[0])} = ${tInt(l.mults)}`,
      text: `${pInt(l.inputShape[0])}·${pInt(l.outputShape[0])} = ${pInt(l.mults)}`,
    };
  }
  return { tex: '0', text: '0' };
}
