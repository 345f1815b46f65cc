/**
 * Typed URL parameters. Every page declares its parameters once, as a table of parsers; parsing
 * never throws: a missing value takes the default, a malformed one takes the default too and is
 * reported in `ignored` so that the page can say which value it ignored.
 */
export interface ParamSpec<T> {
  /** Parses the raw string; returns undefined when the value is not acceptable. */
  parse(raw: string): T | undefined;
  /** Turns a value back into its URL form. */
  format(value: T): string;
  defaultValue: T;
}

export interface IgnoredParam {
  key: string;
  value: string;
}

export type ParamTable = Record<string, ParamSpec<unknown>>;
export type ParamValues<T extends ParamTable> = { [K in keyof T]: T[K] extends ParamSpec<infer V> ? V : never };

export function parseParams<T extends ParamTable>(
  table: T,
  raw: Record<string, string>,
): { values: ParamValues<T>; ignored: IgnoredParam[] } {
  const values = {} as Record<string, unknown>;
  const ignored: IgnoredParam[] = [];
  for (const [key, spec] of Object.entries(table)) {
    const value = raw[key];
    if (value === undefined) {
      values[key] = spec.defaultValue;
      continue;
    }
    const parsed = spec.parse(value);
    if (parsed === undefined) {
      ignored.push({ key, value });
      values[key] = spec.defaultValue;
    } else {
      values[key] = parsed;
    }
  }
  return { values: values as ParamValues<T>, ignored };
}

/** Whole number in [min, max]. */
export function intParam(defaultValue: number, min = -Infinity, max = Infinity): ParamSpec<number> {
  return {
    defaultValue,
    parse(raw) {
      if (!/^-?\d+$/.test(raw.trim())) return undefined;
      const n = Number(raw);
      return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
    },
    format: (v) => String(v),
  };
}

/**
 * Whole number in [min, max] that is absent (`null`) by default: for a page that uses its own
 * value (e.g. the current step's example) unless the link gives one.
 *
 * @example
 * optionalIntParam(1, 64).parse('3'); // 3
 * optionalIntParam(1, 64).defaultValue; // null
 */
export function optionalIntParam(min = -Infinity, max = Infinity): ParamSpec<number | null> {
  const inner = intParam(0, min, max);
  return { defaultValue: null, parse: (raw) => inner.parse(raw), format: (v) => (v === null ? '' : String(v)) };
}

/** Finite number in [min, max]. */
export function numberParam(defaultValue: number, min = -Infinity, max = Infinity): ParamSpec<number> {
  return {
    defaultValue,
    parse(raw) {
      if (raw.trim() === '') return undefined;
      const n = Number(raw);
      return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
    },
    format: (v) => String(v),
  };
}

/** One of a fixed list of words. */
export function enumParam<const T extends string>(values: readonly T[], defaultValue: T): ParamSpec<T> {
  return {
    defaultValue,
    parse: (raw) => (values as readonly string[]).includes(raw) ? (raw as T) : undefined,
    format: (v) => v,
  };
}

/** `1`/`true` or `0`/`false`. */
export function boolParam(defaultValue: boolean): ParamSpec<boolean> {
  return {
    defaultValue,
    parse: (raw) => (raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined),
    format: (v) => (v ? '1' : '0'),
  };
}

/** Parameters every page understands. */
export const globalParams = {
  lang: enumParam(['ko', 'en'] as const, 'ko'),
  present: boolParam(false),
  embed: boolParam(false),
};
