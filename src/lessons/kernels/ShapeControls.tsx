/*
 * The kernel playground's shape controls: kernel size (1×1 to 7×7), padding, stride, and the side
 * of the learner's picture or camera frame.
 */
import { useTranslation } from 'react-i18next';
import { KERNEL_SIZES, MAX_KERNEL, RESOLUTIONS } from './params';

export interface ShapeControlsProps {
  size: number;
  /** The padding in the link (null: the image's own) and the image's own. */
  padding: number | null;
  ownPadding: number | string;
  stride: number;
  res: string | null;
  onSize(k: number): void;
  onPadding(p: number | null): void;
  onStride(s: number): void;
  onRes(r: string): void;
}

export function ShapeControls(props: ShapeControlsProps) {
  const { t } = useTranslation('kernels');
  return (
    <>
      <label className="control">
        <span>{t('controls.size')}</span>
        <select data-testid="kernel-size" value={props.size} onChange={(e) => props.onSize(Number(e.target.value))}>
          {!(KERNEL_SIZES as readonly number[]).includes(props.size) && <option value={props.size}>{t('controls.sizeOption', { k: props.size })}</option>}
          {KERNEL_SIZES.map((k) => (
            <option key={k} value={k}>{t('controls.sizeOption', { k })}</option>
          ))}
        </select>
      </label>
      <label className="control">
        <span>{t('controls.padding')}</span>
        <select data-testid="padding" value={props.padding ?? 'auto'} onChange={(e) => props.onPadding(e.target.value === 'auto' ? null : Number(e.target.value))}>
          <option value="auto">{t('controls.paddingAuto', { p: props.ownPadding })}</option>
          {Array.from({ length: MAX_KERNEL }, (_, p) => (
            <option key={p} value={p}>{p}</option>
          ))}
        </select>
      </label>
      <label className="control">
        <span>{t('controls.stride')}</span>
        <select data-testid="stride" value={props.stride} onChange={(e) => props.onStride(Number(e.target.value))}>
          {[1, 2, 3, 4].map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </select>
      </label>
      {props.res !== null && (
        <label className="control">
          <span>{t('controls.res')}</span>
          <select data-testid="picture-res" value={props.res} onChange={(e) => props.onRes(e.target.value)}>
            {RESOLUTIONS.map((r) => (
              <option key={r} value={r}>{t('controls.resOption', { n: r })}</option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
