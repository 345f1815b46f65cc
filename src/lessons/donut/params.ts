/*
 * Link parameters of the donut lesson: `mode=boolean|multiplier`, `input` (the binary image,
 * 1 = white, 0 = black), `conditions` (the Boolean filter, rows of B/W/X joined by `-`),
 * `filter=symmetric|standalone`, `kernel` (your own 5×5 multipliers), `padding=0|1|2`, `step`.
 */
import { type ParamSpec, enumParam, intParam, type Matrix, optionalMatrixParam } from '../../ui';
import { BINARY_IMAGE, BOOLEAN_FILTER, type Condition, MULTIPLIER_FILTER, STANDALONE_FILTER } from './fixtures';

/**
 * Reads a Boolean filter from its link form (`XBBBX-BWWWB-…`, 5 rows of 5 letters).
 *
 * @example
 * parseConditions('XBBBX-BWWWB-BWBWB-BWWWB-XBBBX'); // the lecture's filter
 * parseConditions('XBB');                           // undefined
 */
export function parseConditions(raw: string): Condition[][] | undefined {
  const rows = raw.trim().toUpperCase().split('-');
  if (rows.length !== 5 || rows.some((r) => !/^[BWX]{5}$/.test(r))) return undefined;
  return rows.map((r) => Array.from(r) as Condition[]);
}

/** The link form of a Boolean filter. */
export function formatConditions(c: readonly (readonly Condition[])[]): string {
  return c.map((r) => r.join('')).join('-');
}

export const FILTER_PRESETS = { symmetric: MULTIPLIER_FILTER, standalone: STANDALONE_FILTER } as const;
export type FilterPreset = keyof typeof FILTER_PRESETS;

export const donutParams = {
  mode: enumParam(['boolean', 'multiplier'] as const, 'boolean'),
  input: optionalMatrixParam({ binary: true, minSide: 5, maxSide: 10 }),
  conditions: {
    defaultValue: null,
    parse: (raw: string) => parseConditions(raw),
    format: (c: Condition[][] | null) => (c ? formatConditions(c) : ''),
  } satisfies ParamSpec<Condition[][] | null>,
  filter: enumParam(['symmetric', 'standalone'] as const, 'symmetric'),
  kernel: optionalMatrixParam({ shape: [5, 5] }),
  padding: intParam(2, 0, 2),
};

/** Nested rows of a matrix. */
export function matrixRows(m: Matrix): number[][] {
  const [r, c] = m.shape;
  return Array.from({ length: r }, (_, i) => m.data.slice(i * c, i * c + c));
}

/** True when two grids hold the same values. */
export function sameRows<T>(a: readonly (readonly T[])[], b: readonly (readonly T[])[]): boolean {
  return a.length === b.length && a.every((r, i) => r.length === b[i].length && r.every((v, j) => v === b[i][j]));
}

/** What the link values mean for the lesson. */
export interface DonutSetting {
  image: number[][];
  conditions: Condition[][];
  kernel: number[][];
  /** Which preset the multiplier filter equals, or 'custom'. */
  kernelName: FilterPreset | 'custom';
  isLectureImage: boolean;
  isLectureConditions: boolean;
}

/**
 * Works out the lesson's setting from the link values.
 *
 * @example
 * settingFrom({ input: null, conditions: null, filter: 'symmetric', kernel: null }).kernelName; // 'symmetric'
 */
export function settingFrom(v: {
  input: Matrix | null;
  conditions: Condition[][] | null;
  filter: FilterPreset;
  kernel: Matrix | null;
}): DonutSetting {
  const image = v.input ? matrixRows(v.input) : BINARY_IMAGE.map((r) => [...r]);
  const conditions = v.conditions ?? BOOLEAN_FILTER.map((r) => [...r]);
  const kernel = v.kernel ? matrixRows(v.kernel) : FILTER_PRESETS[v.filter].map((r) => [...r]);
  const preset = (Object.keys(FILTER_PRESETS) as FilterPreset[]).find((n) => sameRows(FILTER_PRESETS[n], kernel));
  return {
    image,
    conditions,
    kernel,
    kernelName: preset ?? 'custom',
    isLectureImage: sameRows(image, BINARY_IMAGE),
    isLectureConditions: sameRows(conditions, BOOLEAN_FILTER),
  };
}
