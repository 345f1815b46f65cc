import { useEffect, useRef } from 'react';
import { paintMap, type MapScale } from './paintMap';

const GREY: MapScale = { kind: 'grey', max: 255, invert: true };

/**
 * One 28×28 MNIST digit (bytes 0–255 read from `images` at `index * 784`), drawn dark on light
 * like ink on paper, on a canvas of 28×28 pixels that CSS scales up without smoothing.
 */
export function DigitCanvas({ images, index, size = 56, label }: { images: Uint8Array; index: number; size?: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paintMap(ref.current, images, 28, 28, GREY, index * 784);
  }, [images, index]);
  return <canvas ref={ref} width={28} height={28} className="digit" style={{ width: size, height: size }} role="img" aria-label={label} />;
}
