/**
 * Lesson parameters in the link: a typed table (src/state/params.ts) read from the route, plus a
 * matrix parameter (`kernel=1,0,1;0,1,0;1,0,1`: rows split by `;`, values by `,`).
 */
import { useMemo } from 'react';
import { type Matrix, matrixFromRows } from '../core/matrix';
import { type IgnoredParam, type ParamSpec, type ParamTable, type ParamValues, parseParams } from '../state/params';
import { useStore } from '../state/store';

export { type Matrix, matrixFromRows };

/** Writes a Matrix in its link form: `1,0,1;0,1,0;1,0,1`. */
export function formatMatrix(m: Matrix): string {
  const [r, c] = m.shape;
  const rows: string[] = [];
  for (let i = 0; i < r; i++) rows.push(m.data.slice(i * c, i * c + c).map((v) => String(v)).join(','));
  return rows.join(';');
}

export interface MatrixParamOptions {
  /** Only 0 and 1 (binary images). */
  binary?: boolean;
  /** Smallest and largest side accepted (default 1 and 12). */
  minSide?: number;
  maxSide?: number;
  /** Exact shape required, e.g. [3, 3]. */
  shape?: readonly [number, number];
}

/**
 * Reads a matrix from its link form. Returns undefined for ragged rows, non-numbers, a size out of
 * range, or (binary) values other than 0/1.
 *
 * @example
 * parseMatrix('1,0,1;0,1,0;1,0,1');  // { shape: [3, 3], data: [1, 0, 1, 0, 1, 0, 1, 0, 1] }
 * parseMatrix('1,0;1');              // undefined (rows of different lengths)
 */
export function parseMatrix(raw: string, opts: MatrixParamOptions = {}): Matrix | undefined {
  const minSide = opts.minSide ?? 1;
  const maxSide = opts.maxSide ?? 12;
  const rowTexts = raw.trim().split(/\s*;\s*/).filter((r, i, all) => r !== '' || i < all.length - 1);
  if (rowTexts.length === 0) return undefined;
  const rows: number[][] = [];
  for (const rt of rowTexts) {
    const cells = rt.split(/\s*,\s*|\s+/).filter((s) => s !== '');
    const row: number[] = [];
    for (const cell of cells) {
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cell)) return undefined;
      const v = Number(cell);
      if (!Number.isFinite(v)) return undefined;
      if (opts.binary && v !== 0 && v !== 1) return undefined;
      row.push(v);
    }
    rows.push(row);
  }
  const cols = rows[0].length;
  if (rows.some((r) => r.length !== cols)) return undefined;
  if (rows.length < minSide || cols < minSide || rows.length > maxSide || cols > maxSide) return undefined;
  if (opts.shape && (rows.length !== opts.shape[0] || cols !== opts.shape[1])) return undefined;
  return matrixFromRows(rows);
}

/**
 * A matrix URL parameter for a lesson's parameter table.
 *
 * @example
 * const table = { kernel: matrixParam(matrixFromRows([[1, 0, 1], [0, 1, 0], [1, 0, 1]])) };
 */
export function matrixParam(defaultValue: Matrix, opts: MatrixParamOptions = {}): ParamSpec<Matrix> {
  return { defaultValue, parse: (raw) => parseMatrix(raw, opts), format: formatMatrix };
}

/**
 * A matrix URL parameter that is absent by default (`null`): for a lesson that uses a preset
 * unless the link carries its own matrix. A malformed value is ignored (and reported) like any other.
 *
 * @example
 * const table = { kernel: optionalMatrixParam({ shape: [3, 3] }) };
 * // #/lesson/kernels           → kernel: null (use the preset)
 * // #/lesson/kernels?kernel=0,0,0;0,1,0;0,0,0 → kernel: { shape: [3, 3], data: [0, 0, 0, 0, 1, 0, 0, 0, 0] }
 */
export function optionalMatrixParam(opts: MatrixParamOptions = {}): ParamSpec<Matrix | null> {
  return { defaultValue: null, parse: (raw) => parseMatrix(raw, opts), format: (m) => (m ? formatMatrix(m) : '') };
}

export interface LessonParams<T extends ParamTable> {
  /** Parsed values (defaults where the link has none or a malformed one). Stable while the link's values for these keys do not change. */
  values: ParamValues<T>;
  /** Malformed values in the link, to show with IgnoredNotices. */
  ignored: IgnoredParam[];
  /** Writes parameters into the link (formatted by their spec); `undefined` removes one (back to the default). */
  set(patch: { [K in keyof T]?: ParamValues<T>[K] | undefined } & { step?: number | undefined }): void;
}

/**
 * Reads a lesson's parameter table from the link. The result only changes when one of the
 * table's own keys changes in the link (not on every step).
 *
 * @example
 * const { values, ignored, set } = useLessonParams(table);
 * set({ stride: 2, step: 0 });
 */
export function useLessonParams<T extends ParamTable>(table: T): LessonParams<T> {
  const params = useStore((s) => s.route.params);
  const setParams = useStore((s) => s.setParams);
  const key = JSON.stringify(Object.keys(table).map((k) => params[k] ?? null));
  const parsed = useMemo(
    () => parseParams(table, Object.fromEntries(Object.keys(table).flatMap((k) => (params[k] === undefined ? [] : [[k, params[k]]])))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the table's values in the link
    [table, key],
  );
  return useMemo(
    () => ({
      values: parsed.values,
      ignored: parsed.ignored,
      set(patch) {
        const out: Record<string, string | number | undefined> = {};
        for (const [k, v] of Object.entries(patch)) {
          if (k === 'step') out.step = v as number | undefined;
          else if (v === undefined) out[k] = undefined;
          else out[k] = (table[k] as ParamSpec<unknown>).format(v);
        }
        setParams(out);
      },
    }),
    [parsed, table, setParams],
  );
}
