import { useEffect, useRef } from 'react';
import { paintMap, type MapScale } from './paintMap';

export interface FeatureMapProps {
  /** Values of an HWC tensor (or a single map: `channels` = 1). */
  data: Float32Array;
  h: number;
  w: number;
  channels: number;
  channel: number;
  scale: MapScale;
  /** CSS size of the drawn square in pixels. */
  size: number;
  label: string;
}

/** One channel of an [h, w, c] tensor drawn on a small canvas (filters, activation maps). */
export function FeatureMap({ data, h, w, channels, channel, scale, size, label }: FeatureMapProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  // Compared by value: callers build the scale object on every render.
  const scaleKey = JSON.stringify(scale);
  useEffect(() => {
    if (ref.current) paintMap(ref.current, data, h, w, JSON.parse(scaleKey) as MapScale, channel, channels);
  }, [data, h, w, channels, channel, scaleKey]);
  return <canvas ref={ref} width={w} height={h} className="fmap" style={{ width: size, height: (size * h) / w }} role="img" aria-label={label} />;
}
