/*
 * The pixels lesson's last step: the learner's own picture (file, drop, paste or camera frame) as
 * a grid of whole intensities a person can read (8×8 to 64×64, grey or one of R, G, B), with the
 * full picture beside it, a zoom window that links a region of the photo to its numbers, and the
 * inspector giving every cell's k/255.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANNEL_NAMES,
  type ChannelName,
  GRID_SIZES,
  type GridCell,
  MatrixGrid,
  PIXEL_CELL,
  PicturePicker,
  PictureViews,
  downsample,
  useCamera,
  usePicture,
} from '../../ui';
import { Inspector } from './Inspector';

const GREY: [number, number] = [0, 255];

/** Cell side (em) for an n×n grid: numbers printed up to 16×16, colour only beyond. */
function cellSizeFor(n: number): number | undefined {
  if (n <= 16) return undefined;
  if (n <= 32) return PIXEL_CELL.md;
  return PIXEL_CELL.xs;
}

export interface OwnPictureProps {
  size: number;
  channel: ChannelName;
  cell: GridCell;
  pinned: boolean;
  onHover(cell: GridCell | null): void;
  onSelect(cell: GridCell): void;
  onSize(size: number): void;
  onChannel(channel: ChannelName): void;
}

export function OwnPicture(props: OwnPictureProps) {
  const { t } = useTranslation('pixels');
  const camera = useCamera();
  const picture = usePicture();
  const { size: n, channel } = props;
  const grid = useMemo(() => {
    if (!picture) return null;
    const side = Math.min(picture.width, picture.height);
    return downsample(picture, Math.min(n, side));
  }, [picture, n]);
  const size = grid?.size ?? n;
  const cell = { row: Math.min(props.cell.row, size - 1), col: Math.min(props.cell.col, size - 1) };
  const values = grid ? grid[channel] : null;
  const i = cell.row * size + cell.col;
  const k = grid ? (channel === 'grey' ? [grid.grey[i]] : [grid.r[i], grid.g[i], grid.b[i]]) : [];
  const channelName = t(`own.channels.${channel}`);

  return (
    <div className="px-own">
      <div className="px-own-top">
        <PicturePicker camera={camera} />
        <div className="px-own-controls">
          <label className="control">
            <span>{t('own.size')}</span>
            <select data-testid="grid-size" value={n} onChange={(e) => props.onSize(Number(e.target.value))}>
              {GRID_SIZES.map((s) => (
                <option key={s} value={s}>{t('own.sizeOption', { n: s })}</option>
              ))}
            </select>
          </label>
          <label className="control">
            <span>{t('own.channel')}</span>
            <select data-testid="grid-channel" value={channel} onChange={(e) => props.onChannel(e.target.value as ChannelName)}>
              {CHANNEL_NAMES.map((c) => (
                <option key={c} value={c}>{t(`own.channels.${c}`)}</option>
              ))}
            </select>
          </label>
          <p className="px-note">{t('own.rule')}</p>
        </div>
      </div>
      {picture && grid && values ? (
        <div className="px-main">
          <MatrixGrid
            role="input"
            label={t('own.gridLabel', { n: size, channel: channelName })}
            caption={t('own.gridCaption', { n: size, channel: channelName })}
            rows={size}
            cols={size}
            values={values}
            scale="grey"
            domain={GREY}
            cellSize={cellSizeFor(size)}
            className={`px-own-grid px-own-${channel}`}
            cellClass={(r, c) => (r === cell.row && c === cell.col ? 'is-current' : undefined)}
            onCellHover={props.onHover}
            onCellSelect={props.onSelect}
          />
          <div className="px-side">
            <Inspector pixel={{ ...cell, k, W: size }} pinned={props.pinned} />
            {size < n && <p className="px-note" role="status">{t('own.smaller', { n: size })}</p>}
          </div>
          <PictureViews picture={picture} size={size} values={values} cell={cell} onSelect={props.onSelect} />
        </div>
      ) : (
        <p className="px-note">{t('own.empty')}</p>
      )}
    </div>
  );
}
