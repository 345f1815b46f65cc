/**
 * Lesson `pixels` (LESSONS.md L35, L05): an image is numbers. The grey patch of the lecture's R
 * dump as 0–255 integers and as k/255; a colour image as three channels (W×H×3); a 28×28 digit as
 * 784 inputs; and row-major flattening, which keeps left/right neighbours together but puts the
 * pixel above 28 places away. A pixel inspector shows every number of the pixel under the pointer.
 * Link parameters: `row`, `col` (the inspected pixel), `step`.
 */
import { useTranslation } from 'react-i18next';
import type { MessageKeyOf } from '../../i18n';
import {
  CHANNEL_NAMES,
  MAX_GRID,
  enumParam,
  intParam,
  optionalIntParam,
  type GridCell,
  LessonLayout,
  Tex,
  useLessonParams,
  useLessonStep,
  usePinnedCell,
} from '../../ui';
import { Inspector, type InspectedPixel } from './Inspector';
import { OwnPicture } from './OwnPicture';
import { DigitView, FlattenView, PatchView, RgbView } from './Views';
import { DIGIT, GREY_PATCH, PIXELS_SECTIONS, PIXELS_STEPS, type PixelsSection, type PixelsStepId, RGB_PATCH, flatIndex, sectionStart } from './trace';
import './messages';
import './pixels.css';

const table = {
  row: optionalIntParam(0, MAX_GRID - 1),
  col: optionalIntParam(0, MAX_GRID - 1),
  grid: intParam(16, 8, MAX_GRID),
  channel: enumParam(CHANNEL_NAMES, 'grey'),
};

const PARAGRAPHS: Record<PixelsStepId, readonly MessageKeyOf<'pixels'>[]> = {
  ints: ['text.ints.p1', 'text.ints.p2', 'text.ints.p3'],
  floats: ['text.floats.p1', 'text.floats.p2', 'text.floats.p3'],
  rgb: ['text.rgb.p1', 'text.rgb.p2', 'text.rgb.p3'],
  digit: ['text.digit.p1', 'text.digit.p2'],
  flatten: ['text.flatten.p1', 'text.flatten.p2', 'text.flatten.p3'],
  own: ['text.own.p1', 'text.own.p2', 'text.own.p3'],
};

/** The picture each step inspects: its size and the intensities of a pixel. */
function inspected(id: PixelsStepId, cell: GridCell): InspectedPixel {
  if (id === 'ints' || id === 'floats') {
    const i = flatIndex(cell.row, cell.col, GREY_PATCH.cols);
    return { ...cell, k: [GREY_PATCH.k[i]], W: GREY_PATCH.cols, rName: `pskang[${cell.row + 1}, ${cell.col + 1}, 1]` };
  }
  if (id === 'rgb') {
    const i = flatIndex(cell.row, cell.col, RGB_PATCH[0].cols);
    return { ...cell, k: RGB_PATCH.map((p) => p.k[i]), W: RGB_PATCH[0].cols, rName: `pskang[${cell.row + 1}, ${cell.col + 1}, ]` };
  }
  if (id === 'own') return { ...cell, k: [], W: 1 };
  return { ...cell, k: [DIGIT.k[flatIndex(cell.row, cell.col, DIGIT.cols)]], W: DIGIT.cols };
}

function sizeOf(id: PixelsStepId, grid: number): { rows: number; cols: number } {
  if (id === 'ints' || id === 'floats') return GREY_PATCH;
  if (id === 'rgb') return RGB_PATCH[0];
  if (id === 'own') return { rows: grid, cols: grid };
  return DIGIT;
}

export default function Pixels() {
  const { t } = useTranslation('pixels');
  const { values, ignored, set } = useLessonParams(table);
  const { step, pause } = useLessonStep(PIXELS_STEPS.length);
  const [hover, onHover] = usePinnedCell();
  const current = PIXELS_STEPS[step];
  const size = sizeOf(current.id, values.grid);
  const chosen = {
    row: Math.min(values.row ?? current.cell.row, size.rows - 1),
    col: Math.min(values.col ?? current.cell.col, size.cols - 1),
  };
  const cell = hover && hover.row < size.rows && hover.col < size.cols ? hover : chosen;
  const select = (c: GridCell) => {
    pause();
    set({ row: c.row, col: c.col });
  };
  const pick = { cell, onHover, onSelect: select };
  const pixel = inspected(current.id, cell);

  const text = (
    <>
      {PARAGRAPHS[current.id].map((k) => (
        <p key={k}>{t(k)}</p>
      ))}
      {current.id === 'rgb' && <p className="lesson-aside">{t('text.rgbNote')}</p>}
      {current.id === 'ints' && <p className="lesson-aside">{t('text.source')}</p>}
    </>
  );

  return (
    <LessonLayout
      text={text}
      steps={PIXELS_STEPS.length}
      sections={PIXELS_SECTIONS.map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={current.section}
      onSection={(id) => {
        pause();
        set({ step: sectionStart(id as PixelsSection) });
      }}
      ignored={ignored}
      status={current.id === 'own' ? t('own.status', { row: cell.row, col: cell.col }) : t('status', { row: cell.row, col: cell.col, k: pixel.k.join(', ') })}
    >
      {current.id === 'own' ? (
        <OwnPicture
          size={values.grid}
          channel={values.channel}
          cell={cell}
          pinned={hover === null}
          onHover={onHover}
          onSelect={select}
          onSize={(grid) => set({ grid })}
          onChannel={(channel) => set({ channel })}
        />
      ) : (
      <div className="px-main">
        {(current.id === 'ints' || current.id === 'floats') && <PatchView {...pick} floats={current.id === 'floats'} />}
        {current.id === 'rgb' && <RgbView {...pick} />}
        {(current.id === 'digit' || current.id === 'flatten') && <DigitView {...pick} showNeighbours={current.id === 'flatten'} />}
        <div className="px-side">
          <Inspector pixel={pixel} pinned={hover === null} />
          {current.id === 'digit' && (
            <p className="px-count">
              <Tex tex="28 \times 28 =" label="28 × 28 =" />{' '}
              <output data-testid="input-count" data-value={String(DIGIT.rows * DIGIT.cols)}>{DIGIT.rows * DIGIT.cols}</output>{' '}
              {t('digit.inputs')}
            </p>
          )}
          {current.id === 'rgb' && (
            <p className="px-count">
              <Tex tex="10 \times 6 \times 3 =" label="10 × 6 × 3 =" />{' '}
              <output data-testid="input-count" data-value={String(RGB_PATCH[0].rows * RGB_PATCH[0].cols * 3)}>{RGB_PATCH[0].rows * RGB_PATCH[0].cols * 3}</output>{' '}
              {t('rgb.numbers')}
            </p>
          )}
        </div>
      </div>
      )}
      {current.id === 'flatten' && <FlattenView cell={cell} />}
    </LessonLayout>
  );
}
