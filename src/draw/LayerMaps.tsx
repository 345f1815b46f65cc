import { useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format';
import { paintMap, type MapScale } from './paint';
import type { LayerInfo, SelectedCell } from './types';

/** CSS side of one channel's picture for an H×W map. */
export function mapSide(H: number): number {
  return Math.max(64, Math.min(100, H * 6));
}

/** One channel of a layer as a small canvas, with the selected cell and the receptive window outlined. */
function ChannelCanvas(props: {
  data: Float32Array;
  H: number;
  W: number;
  C: number;
  k: number;
  scale: MapScale;
  side: number;
  cursor: { row: number; col: number } | null;
  window: { row: number; col: number; rows: number; cols: number } | null;
  onPick?: (row: number, col: number) => void;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { data, H, W, C, k, scale } = props;
  useLayoutEffect(() => {
    if (ref.current) paintMap(ref.current, data, H, W, scale, k, C);
  }, [data, H, W, C, k, scale]);
  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    if (!props.onPick) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const col = Math.min(W - 1, Math.max(0, Math.floor(((e.clientX - rect.left) / rect.width) * W)));
    const row = Math.min(H - 1, Math.max(0, Math.floor(((e.clientY - rect.top) / rect.height) * H)));
    props.onPick(row, col);
  };
  const cell = (r: number, c: number, rows: number, cols: number, cls: string) => (
    <span
      className={cls}
      style={{ left: `${(c / W) * 100}%`, top: `${(r / H) * 100}%`, width: `${(cols / W) * 100}%`, height: `${(rows / H) * 100}%` }}
    />
  );
  return (
    <figure className="channel">
      <div className="channel-pic" style={{ width: props.side, height: props.side }}>
        <canvas
          ref={ref}
          width={W}
          height={H}
          className={`pixelated${props.onPick ? ' is-clickable' : ''}`}
          data-channel={k}
          data-rows={H}
          data-cols={W}
          onClick={props.onPick ? onClick : undefined}
          aria-hidden="true"
        />
        {props.window && cell(props.window.row, props.window.col, props.window.rows, props.window.cols, 'channel-window')}
        {props.cursor && cell(props.cursor.row, props.cursor.col, 1, 1, 'channel-cursor')}
      </div>
      <figcaption>{props.label}</figcaption>
    </figure>
  );
}

/**
 * Every channel of one layer's output. For a conv layer, a click or Enter on a cell selects it
 * (its arithmetic is shown); the keyboard moves a cursor: arrows within a map, PageUp/PageDown
 * to the previous/next channel, Home/End to the row's ends, Ctrl+Home/End to the first/last cell,
 * Enter to select.
 */
export function LayerMaps(props: {
  layer: LayerInfo;
  data: Float32Array;
  scale: MapScale;
  selected: SelectedCell | null;
  /** The window of the selected cell when this layer is its input. */
  window: { row: number; col: number; rows: number; cols: number } | null;
  onSelect?: (cell: SelectedCell) => void;
}) {
  const { t } = useTranslation('draw');
  const { layer, data, scale, selected } = props;
  const [H, W, C] = layer.shape;
  const side = mapSide(H);
  const [cursor, setCursor] = useState<{ k: number; row: number; col: number }>({ k: 0, row: 0, col: 0 });
  const [focused, setFocused] = useState(false);
  const mine = selected && selected.layer === layer.index ? selected : null;
  const selectable = props.onSelect !== undefined;

  const select = (k: number, row: number, col: number) => {
    setCursor({ k, row, col });
    props.onSelect?.({ layer: layer.index, k, row, col });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!selectable || e.altKey || e.metaKey) return;
    let { k, row, col } = cursor;
    if (e.ctrlKey && (e.key === 'Home' || e.key === 'End')) {
      // first cell of the first channel / last cell of the last channel
      [k, row, col] = e.key === 'Home' ? [0, 0, 0] : [C - 1, H - 1, W - 1];
      e.preventDefault();
      setCursor({ k, row, col });
      return;
    }
    if (e.ctrlKey) return;
    switch (e.key) {
      case 'ArrowRight': col = Math.min(W - 1, col + 1); break;
      case 'ArrowLeft': col = Math.max(0, col - 1); break;
      case 'ArrowDown': row = Math.min(H - 1, row + 1); break;
      case 'ArrowUp': row = Math.max(0, row - 1); break;
      case 'PageDown': k = Math.min(C - 1, k + 1); break;
      case 'PageUp': k = Math.max(0, k - 1); break;
      case 'Home': col = 0; break;
      case 'End': col = W - 1; break;
      case 'Enter':
      case ' ':
        select(k, row, col);
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
    setCursor({ k, row, col });
  };

  const cursorValue = data[(cursor.row * W + cursor.col) * C + cursor.k];
  const channels = [];
  for (let k = 0; k < C; k++) {
    const cur = mine && mine.k === k ? { row: mine.row, col: mine.col } : focused && cursor.k === k ? { row: cursor.row, col: cursor.col } : null;
    channels.push(
      <ChannelCanvas
        key={k}
        data={data}
        H={H}
        W={W}
        C={C}
        k={k}
        scale={scale}
        side={side}
        cursor={cur}
        window={props.window}
        onPick={selectable ? (row, col) => select(k, row, col) : undefined}
        label={t('layers.channel', { k })}
      />,
    );
  }
  return (
    <div
      className={`layer-maps${selectable ? ' is-selectable' : ''}`}
      tabIndex={selectable ? 0 : undefined}
      role={selectable ? 'group' : undefined}
      aria-label={selectable ? t('layers.mapsLabel', { name: layer.name }) : undefined}
      aria-describedby={selectable ? `layer-keys-${layer.index}` : undefined}
      onKeyDown={selectable ? onKeyDown : undefined}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      data-testid={`layer-${layer.name}`}
    >
      {channels}
      {selectable && (
        <p id={`layer-keys-${layer.index}`} className="layer-keys">
          {t('layers.keys')}
          {focused && (
            <span className="visually-hidden" aria-live="polite">
              {t('layers.cursor', { k: cursor.k, row: cursor.row, col: cursor.col, value: formatNumber(cursorValue, 3) })}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
