/**
 * Training speed over a sliding window of about a second.
 */
export class RateMeter {
  private readonly samples: { t: number; n: number }[] = [];

  /** Records that `n` images were trained by time `t` (ms). */
  add(t: number, n: number): void {
    this.samples.push({ t, n });
    while (this.samples.length > 2 && t - this.samples[1].t > 1000) this.samples.shift();
  }

  /**
   * Images per second over the window (0 before two samples).
   *
   * @example const m = new RateMeter(); m.add(0, 64); m.add(20, 64); m.rate() // → 3200
   */
  rate(): number {
    if (this.samples.length < 2) return 0;
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    const images = this.samples.slice(1).reduce((s, x) => s + x.n, 0);
    return last.t > first.t ? (images * 1000) / (last.t - first.t) : 0;
  }
}
