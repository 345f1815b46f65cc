/*
 * Link parameters of the feature-match lesson: `filter=loop|vertical|diagonal`, `kernel` (your own
 * 3×3 filter, rows `;`, values `,`), `input` (the 7×5 digit, 1 = ink, 0 = background), `step`.
 */
import { enumParam, type Matrix, optionalMatrixParam } from '../../ui';
import { DIGIT9, FILTERS, type FilterName, LOOP_FILTER } from './fixtures';

export const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];

export const featureMatchParams = {
  filter: enumParam(FILTER_NAMES, 'loop'),
  kernel: optionalMatrixParam({ shape: [3, 3] }),
  input: optionalMatrixParam({ binary: true, shape: [7, 5] }),
};

/** Nested rows of a matrix. */
export function matrixRows(m: Matrix): number[][] {
  const [r, c] = m.shape;
  return Array.from({ length: r }, (_, i) => m.data.slice(i * c, i * c + c));
}

/** The ±1 digit from its link form (1 = ink → +1, 0 = background → −1). */
export function inputFromMatrix(m: Matrix | null): number[][] {
  return m ? matrixRows(m).map((r) => r.map((v) => (v === 1 ? 1 : -1))) : DIGIT9.map((r) => [...r]);
}

/** The link form of a ±1 digit. */
export function matrixFromInput(rows: readonly (readonly number[])[]): Matrix {
  return { shape: [rows.length, rows[0].length], data: rows.flat().map((v) => (v > 0 ? 1 : 0)) };
}

/** True when two grids hold the same numbers. */
export function sameRows(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean {
  return a.length === b.length && a.every((r, i) => r.length === b[i].length && r.every((v, j) => v === b[i][j]));
}

/** The lesson's setting: the filter and input in use, and whether it is the lecture's own. */
export interface FeatureMatchSetting {
  filterRows: number[][];
  inputRows: number[][];
  /** Which preset the filter equals, or 'custom'. */
  filterName: FilterName | 'custom';
  /** The lecture's loop filter on the lecture's 9: the slide's printed numbers apply. */
  isLecture: boolean;
  isLectureInput: boolean;
}

/**
 * Works out the setting from the link values.
 *
 * @example
 * settingFrom({ filter: 'loop', kernel: null, input: null }).isLecture; // true
 */
export function settingFrom(v: { filter: FilterName; kernel: Matrix | null; input: Matrix | null }): FeatureMatchSetting {
  const filterRows = v.kernel ? matrixRows(v.kernel) : FILTERS[v.filter].map((r) => [...r]);
  const inputRows = inputFromMatrix(v.input);
  const preset = FILTER_NAMES.find((n) => sameRows(FILTERS[n], filterRows));
  const isLectureInput = sameRows(inputRows, DIGIT9);
  return {
    filterRows,
    inputRows,
    filterName: preset ?? 'custom',
    isLecture: isLectureInput && sameRows(filterRows, LOOP_FILTER),
    isLectureInput,
  };
}
