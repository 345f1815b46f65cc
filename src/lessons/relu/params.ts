/*
 * Link parameters of the ReLU lesson: `input` (the feature map, rows `;`, values `,`), `net`
 * (`sigmoid|relu|single`), `w` (the network's weights, one row `w1,w2,b` per unit: a1;a2;y, or one
 * row for a single unit), `x` (where the curves are read), and `step`.
 */
import {
  type ParamSpec,
  enumParam,
  numberParam,
  type Matrix,
  formatMatrix,
  optionalMatrixParam,
  parseMatrix,
} from '../../ui';
import { NET_KINDS } from './xor';

/** Weight rows `w1,w2,b`: one or three rows of three numbers, or absent (the network's own weights). */
const weightsParam: ParamSpec<Matrix | null> = {
  defaultValue: null,
  parse(raw) {
    const m = parseMatrix(raw, { maxSide: 3 });
    return m && m.shape[1] === 3 && (m.shape[0] === 1 || m.shape[0] === 3) ? m : undefined;
  },
  format: (m) => (m ? formatMatrix(m) : ''),
};

export const reluParams = {
  input: optionalMatrixParam({ minSide: 1, maxSide: 9 }),
  net: enumParam(NET_KINDS, 'sigmoid'),
  w: weightsParam,
  x: numberParam(1, -3, 3),
};
