/*
 * The pixel inspector: what one pixel is as numbers: its position, its 8-bit intensity k, the
 * scaled value k/255 (as R prints it and exactly), and its index in the flattened image.
 */
import { useTranslation } from 'react-i18next';
import { Tex } from '../../ui';
import { flatIndex, flatIndexHWC, printR } from './trace';

export interface InspectedPixel {
  row: number;
  col: number;
  /** Intensities, one per channel. */
  k: number[];
  /** Width and height of the image, for the flat index. */
  W: number;
  /** The R expression for the position, e.g. `pskang[1, 1, ]` (1-based), when the pixel is from the dump. */
  rName?: string;
}

const CHANNELS = ['R', 'G', 'B'];

export function Inspector(props: { pixel: InspectedPixel; pinned: boolean }) {
  const { t } = useTranslation('pixels');
  const { row, col, k, W } = props.pixel;
  const C = k.length;
  const i = flatIndex(row, col, W);
  return (
    <section className="px-inspector" aria-labelledby="px-inspector-title" data-testid="inspector" data-row={row} data-col={col}>
      <h2 id="px-inspector-title">{t(props.pinned ? 'inspector.titlePinned' : 'inspector.title')}</h2>
      <dl>
        <div>
          <dt>{t('inspector.position')}</dt>
          <dd>
            {t('inspector.rowCol', { row, col })}
            {props.pixel.rName && <span className="px-rname"> · R: <code>{props.pixel.rName}</code></span>}
          </dd>
        </div>
        {k.map((v, ch) => (
          <div key={ch}>
            <dt>{C > 1 ? t('inspector.channel', { name: CHANNELS[ch] }) : t('inspector.intensity')}</dt>
            <dd>
              <output data-testid={C > 1 ? `inspect-int-${ch}` : 'inspect-int'} data-value={String(v)}>{v}</output>
              {' → '}
              <Tex tex={`\\tfrac{${v}}{255}`} label={`${v}/255`} />
              {' = '}
              <output data-testid={C > 1 ? `inspect-float-${ch}` : 'inspect-float'} data-value={String(v / 255)}>{printR(v / 255)}</output>
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('inspector.index')}</dt>
          <dd>
            {C === 1 ? (
              <>
                <Tex tex={`${row} \\times ${W} + ${col} =`} label={`${row} × ${W} + ${col} =`} />{' '}
                <output data-testid="inspect-index" data-value={String(i)}>{i}</output>
              </>
            ) : (
              <>
                <Tex tex={`(${row} \\times ${W} + ${col}) \\times 3 + c =`} label={`(${row} × ${W} + ${col}) × 3 + c =`} />{' '}
                <output data-testid="inspect-index" data-value={String(flatIndexHWC(row, col, 0, W, C))}>
                  {k.map((_, ch) => flatIndexHWC(row, col, ch, W, C)).join(', ')}
                </output>
              </>
            )}
          </dd>
        </div>
      </dl>
      <p className="px-hint">{t('inspector.hint')}</p>
    </section>
  );
}
