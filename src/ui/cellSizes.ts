/**
 * The grid cell sizes of the lessons, in em: one small scale instead of a literal per grid. A
 * MatrixGrid without `cellSize` picks its own from the grid's size (`defaultCellSize`); a lesson
 * that wants a grid bigger or smaller than that picks a step of this scale. On a narrow screen
 * every cell still shrinks to fit (MatrixGrid's `--cell`).
 *
 * @example
 * <MatrixGrid … cellSize={CELL.xl} />          // a 3×3 map that carries the lesson's numbers
 * <MatrixGrid … cellSize={PIXEL_CELL.sm} />    // a 28×28 digit as colour (the scale below CELL.xs)
 * <div style={{ paddingRight: cellSpan(1) }}>  // room for one cell (and its gap) beside a grid
 */
export const CELL = {
  /** The smallest cell that still prints its number (smaller ones keep it in aria-label): long strips such as a 35-pixel row. */
  xs: 1.3,
  /** Compact grids: a padded input, many cells, or three grids in a row. */
  sm: 2.2,
  /** The default of a grid of up to 6×6. */
  md: 2.75,
  /** Roomy: a few cells whose numbers have decimals. */
  lg: 3,
  /** Large: a small map or vector that carries the step's numbers. */
  xl: 3.4,
  /** The largest: a handful of cells read from across the room (dense weights, probabilities). */
  xxl: 3.7,
} as const;

export type CellSize = (typeof CELL)[keyof typeof CELL];

/**
 * The cells of a picture (a 28×28 digit, a photo's grid) drawn as colour only, below CELL.xs: the
 * numbers stay in aria-label and data-value (pass `showLabels={false}` or let MatrixGrid decide).
 *
 * @example
 * <MatrixGrid … rows={MNIST_SIDE} cols={MNIST_SIDE} cellSize={PIXEL_CELL.sm} />
 */
export const PIXEL_CELL = {
  /** A thumbnail: a 28×28 digit about 14em wide (the share links), a 64×64 picture in 32em. */
  xs: 0.5,
  /** A digit beside another one or beside its answer: 28×28 in about 17em. */
  sm: 0.62,
  /** A picture of up to 32×32 on its own. */
  md: 0.85,
  /** A digit on its own: 28×28 in about 28em (the model's input on #/draw). */
  lg: 1,
} as const;

/** The gap between two cells of a MatrixGrid (`--gap` in engine.css). */
export const CELL_GAP = '2px';

/**
 * The length of `n` cells of side `size` em with their gaps, as CSS: for room around a grid, e.g.
 * where a pooling window hangs over the input's edge.
 *
 * @example
 * cellSpan(2, CELL.md); // 'calc(2 * (2.75em + 2px))'
 */
export function cellSpan(n: number, size: number = CELL.md): string {
  return `calc(${n} * (${size}em + ${CELL_GAP}))`;
}
