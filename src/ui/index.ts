/**
 * The lesson engine: everything a step-through lesson needs, in one import (`from '../../ui'`).
 * A lesson imports only src/ui, src/core and src/i18n (lint holds it); docs/adding-a-lesson.md
 * walks through one lesson.
 *
 * A lesson is a pure trace (an array of steps computed once by src/core, e.g. convSteps) plus a
 * view that renders `steps[i]`. The step `i` lives in the link (`?step=N`, 0-based; the stepper
 * shows `N + 1 / n`); play, scrub, keys, hover and embedding only change it.
 *
 *   const table = { stride: intParam(1, 1, 4), size: optionalIntParam(1, 5) };  // module level
 *   const { values, ignored, set } = useLessonParams(table);   // lesson parameters in the link
 *   const { result: trace, error } = useMemo(                   // pure; a RangeError falls back
 *     () => withLectureFallback(build, values, LECTURE), [values]);
 *   const { step, goTo, pause } = useLessonStep(trace.length);  // current step, clamped
 *   return (
 *     <LessonLayout text={…} steps={trace.length} ignored={ignored}
 *       sections={…} section={…} onSection={…} controls={…} status={…}>
 *       <MatrixGrid role="input" label={…} rows={…} cols={…} values={…} scale="grey" pads={1}
 *         cellClass={…} overlay={<KernelOverlay row={…} col={…} rows={3} cols={3} weights={…} />} />
 *       <ArithmeticPanel groups={[{ terms, result }]} result={…} />   // data-testid="sum"
 *     </LessonLayout>
 *   );
 *
 * `goTo(n)` is a learner's jump (pauses, then shows step n); call `pause()` before a control
 * changes the settings. LessonLayout handles keys (on its root), the stepper, the key list,
 * sections, notices for malformed link values, registering the step count, and postMessage
 * embedding. Put lesson strings in your own namespace and CSS next to your view; engine.css
 * provides `.control`, `.lesson-aside`, `.field-error` and the cell classes `in-window`,
 * `is-current`, `is-pinned`, `uncovered` for MatrixGrid's `cellClass`.
 */
export { MatrixGrid, defaultCellSize, type MatrixGridProps, type GridCell, type GridPads } from './MatrixGrid';
export { CELL, PIXEL_CELL, cellSpan, type CellSize } from './cellSizes';
export { KernelOverlay, type KernelOverlayProps } from './KernelOverlay';
export { ArithmeticPanel, type ArithmeticPanelProps } from './ArithmeticPanel';
export type { ArithmeticSpec, ArithmeticGroup, ArithmeticTerm, ArithmeticOp, ArithmeticLine } from './arithmetic';
export { LessonLayout, type LessonLayoutProps } from './LessonLayout';
export { LessonInfoContext, type LessonInfo, type Bilingual } from './lessonInfo';
export type { LessonSection } from './SectionTabs';
export {
  useLessonParams,
  matrixParam,
  optionalMatrixParam,
  parseMatrix,
  formatMatrix,
  matrixFromRows,
  type Matrix,
  type MatrixParamOptions,
  type LessonParams,
} from './lessonParams';
export { useLessonStep, type LessonStep } from './useLessonStep';
export {
  intParam,
  optionalIntParam,
  numberParam,
  enumParam,
  boolParam,
  type ParamSpec,
  type ParamTable,
  type ParamValues,
  type IgnoredParam,
} from './params';
export { withLectureFallback, type Settled } from './fallback';
export { useLang } from './useLang';
export { Link } from './Link';
export { useDigitModel, type DigitModel, type DigitModelState } from './digitModel';
export { extent, type ScaleKind, type CellColors } from './colorScale';
export { formatNumber } from './format';
export { usePinnedCell } from './usePinnedCell';
export { markPinnedAndCurrent } from './cellMarks';
export { convArithmetic, windowCellClass, stepOfCell } from './convView';
export { useShownConvStep, ConvOutputGrid, ShownConvArithmetic, type ShownConvStep } from './ConvWalkOutput';
export { poolArithmetic, poolWindowCellClass } from './poolView';
export { Tex } from './Tex';
export { NumberField, type NumberFieldProps } from './NumberField';
export { PicturePicker, usePicture } from './pictures/PicturePicker';
export { PictureViews } from './pictures/PictureViews';
export { useCamera, type CameraState } from './pictures/useCamera';
export { downsample, greyPixels, GRID_SIZES, CHANNEL_NAMES, MAX_GRID, type PictureGrid, type ChannelName, type RgbaImage } from '../pictures/downsample';
export { cropChannels, clampCrop, type ChannelRows } from '../pictures/crop';
export { grabSquare } from '../pictures/camera';
export type { Picture } from '../pictures/decode';
export { ScrollRegion } from './ScrollRegion';
export { TexText } from './TexText';
