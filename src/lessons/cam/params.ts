/*
 * Link parameters of the CAM lesson: the feature maps `f1`, `f2` (3×3, rows `;`, values `,`),
 * the class weights `w` (rows cat, dog; columns k = 1, 2), the class `class=cat|dog`, and `step`.
 */
import { enumParam, matrixFromRows, matrixParam } from '../../ui';
import { CLASSES, F1, F2, WEIGHTS } from './fixtures';

export const camParams = {
  f1: matrixParam(matrixFromRows(F1), { shape: [3, 3] }),
  f2: matrixParam(matrixFromRows(F2), { shape: [3, 3] }),
  w: matrixParam(matrixFromRows(WEIGHTS), { shape: [2, 2] }),
  class: enumParam(CLASSES, 'cat'),
};
