import { useEffect, useRef } from 'react';
import { MNIST_PIXELS, MNIST_SIDE } from '../../model/mnistSizes';
import { paintMap, type MapScale } from './paintMap';

const GREY: MapScale = { kind: 'grey', max: 255, invert: true };

/**
 * One 28×28 MNIST digit (bytes 0–255 read from `images` at `index * 784`), drawn dark on light
 * like ink on paper, on a canvas of 28×28 pixels that CSS scales up without smoothing.
 */
export function DigitCanvas({ images, index, size = 56, label }: { images: Uint8Array; index: number; size?: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paintMap(ref.current, images, MNIST_SIDE, MNIST_SIDE, GREY, index * MNIST_PIXELS);
  }, [images, index]);
  return <canvas ref={ref} width={MNIST_SIDE} height={MNIST_SIDE} className="digit" style={{ width: size, height: size }} role="img" aria-label={label} />;
}
