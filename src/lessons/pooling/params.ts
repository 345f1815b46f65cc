/*
 * Link parameters of the pooling lesson: `grid=a|b|c|conv-arith`, `kind=max|avg`, `size`,
 * `stride` (absent: the lecture's setting for the grid), `ceil=1`, `global=1`, `shift=1`, `step`.
 */
import { boolParam, enumParam, optionalIntParam } from '../../ui';
import { GRIDS, type GridName } from './fixtures';
import type { PoolingSettings } from './trace';

export const GRID_NAMES = Object.keys(GRIDS) as GridName[];
export const MAX_WINDOW = 5;
export const MAX_STRIDE = 5;

export const poolingParams = {
  grid: enumParam(GRID_NAMES, 'a'),
  kind: enumParam(['max', 'avg'] as const, 'max'),
  // Absent (null): the grid's lecture setting.
  size: optionalIntParam(1, MAX_WINDOW),
  stride: optionalIntParam(1, MAX_STRIDE),
  ceil: boolParam(false),
  global: boolParam(false),
  shift: boolParam(false),
};

/** The lecture's configurations, as section tabs. */
export const PRESETS = {
  a: { grid: 'a', kind: 'max', ceil: false, global: false, shift: false },
  b: { grid: 'b', kind: 'max', ceil: false, global: false, shift: false },
  c: { grid: 'c', kind: 'max', ceil: false, global: false, shift: false },
  'conv-arith': { grid: 'conv-arith', kind: 'max', ceil: false, global: false, shift: false },
  avg: { grid: 'a', kind: 'avg', ceil: false, global: false, shift: false },
  global: { grid: 'a', kind: 'avg', ceil: false, global: true, shift: false },
  ceil: { grid: 'conv-arith', kind: 'max', ceil: true, global: false, shift: false, size: 2, stride: 2 },
  shift: { grid: 'a', kind: 'max', ceil: false, global: false, shift: true },
} as const satisfies Record<string, { grid: GridName; kind: 'max' | 'avg'; ceil: boolean; global: boolean; shift: boolean; size?: number; stride?: number }>;

export type PresetId = keyof typeof PRESETS;

/** The settings the link asks for (size and stride default to the grid's lecture setting). */
export function settingsFrom(v: {
  grid: GridName;
  kind: 'max' | 'avg';
  size: number | null;
  stride: number | null;
  ceil: boolean;
  global: boolean;
}): PoolingSettings {
  const g = GRIDS[v.grid];
  return { kind: v.kind, size: v.size ?? g.size, stride: v.stride ?? g.stride, ceil: v.ceil, global: v.global };
}

/** Which preset the settings match, if any. */
export function presetOf(v: {
  grid: GridName;
  kind: 'max' | 'avg';
  size: number | null;
  stride: number | null;
  ceil: boolean;
  global: boolean;
  shift: boolean;
}): PresetId | undefined {
  const s = settingsFrom(v);
  const g = GRIDS[v.grid];
  return (Object.keys(PRESETS) as PresetId[]).find((id) => {
    const p: { grid: GridName; kind: 'max' | 'avg'; ceil: boolean; global: boolean; shift: boolean; size?: number; stride?: number } =
      PRESETS[id];
    if (p.grid !== v.grid || p.kind !== v.kind || p.ceil !== v.ceil || p.global !== v.global || p.shift !== v.shift) return false;
    if (p.global) return true;
    return s.size === (p.size ?? g.size) && s.stride === (p.stride ?? g.stride);
  });
}
