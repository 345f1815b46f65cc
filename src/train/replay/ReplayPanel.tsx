import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { snapshotBytes } from '../../model/replay';
import { useStore } from '../../state/store';
import { pinReplayDigit } from '../trainController';
import { playReplay } from './replayController';
import { SnapshotView } from './SnapshotView';
import './messages';
import './replay.css';

/** Which digit the next run follows: the inspected test digit, or the drawing from #/draw. */
function FollowChoice() {
  const { t } = useTranslation('replay');
  const name = useId();
  const follow = useStore((s) => s.replay.follow);
  const setFollow = useStore((s) => s.replayFollow);
  const drawing = useStore((s) => s.draw.result?.prep?.input ?? null);
  const choose = (f: 'test' | 'drawing') => {
    setFollow(f);
    pinReplayDigit(f === 'drawing' ? drawing : null);
  };
  return (
    <fieldset className="replay-follow">
      <legend>{t('pinned.choose')}</legend>
      <label>
        <input type="radio" name={name} checked={follow === 'test'} onChange={() => choose('test')} data-testid="replay-follow-test" />
        <span>{t('pinned.chooseTest')}</span>
      </label>
      <label>
        <input type="radio" name={name} checked={follow === 'drawing'} disabled={!drawing} onChange={() => choose('drawing')} data-testid="replay-follow-drawing" />
        <span>{t('pinned.chooseDrawing')}</span>
      </label>
      {!drawing && <p className="small">{t('pinned.noDrawing')}</p>}
    </fieldset>
  );
}

/**
 * `#/train`'s replay: a scrubber over the run's snapshots (`replay-scrub`, `replay-step` "k / n"
 * with `data-value` k), play, keys, a box to go to a snapshot by number, and the snapshot shown.
 */
export function ReplayPanel() {
  const { t } = useTranslation('replay');
  const { snapshots, position, playing, pinned, source, problem } = useStore((s) => s.replay);
  const seek = useStore((s) => s.replaySeek);
  const [goto, setGoto] = useState('');
  const n = snapshots.length;
  const index = n === 0 ? -1 : Math.min(position ?? n - 1, n - 1);
  const snap = index >= 0 ? snapshots[index] : null;
  const mb = (snapshots.reduce((a, s) => a + snapshotBytes(s), 0) / 1e6).toFixed(1);
  const stop = () => {
    if (playing) playReplay(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (n === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'range') return;
    if (e.key === ' ' && target.tagName !== 'BUTTON') {
      e.preventDefault();
      playReplay(!playing);
    } else if ((e.key === 'Home' || e.key === 'End') && target.tagName !== 'INPUT') {
      e.preventDefault();
      stop();
      seek(e.key === 'Home' ? 0 : n - 1);
    } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && target.tagName !== 'INPUT') {
      e.preventDefault();
      stop();
      seek(Math.max(0, Math.min(n - 1, index + (e.key === 'ArrowLeft' ? -1 : 1))));
    }
  };
  return (
    <section className="panel replay-panel" aria-labelledby="replay-title" data-testid="replay-panel">
      <h2 id="replay-title">{t('title')}</h2>
      <p className="small">{t('intro')}</p>
      <FollowChoice />
      {problem && <p role="alert" className="notice" data-testid="replay-error">{t(problem.code, { detail: problem.detail })}</p>}
      {n === 0 ? (
        <p className="small">{t('empty')}</p>
      ) : (
        <>
          {source && <p className="small" data-testid="replay-source" data-source={source}>{t(`source.${source}`, { n, mb })}</p>}
          <div className="replay-controls" onKeyDown={onKeyDown}>
            <button type="button" onClick={() => playReplay(!playing)} data-testid="replay-play" aria-pressed={playing}>
              {playing ? t('pause') : t('play')}
            </button>
            <label className="replay-scrub">
              <span className="visually-hidden">{t('scrub')}</span>
              <input
                type="range"
                min={0}
                max={n - 1}
                step={1}
                value={index}
                onChange={(e) => {
                  stop();
                  seek(Number(e.target.value));
                }}
                aria-valuetext={t('step', { k: index + 1, n })}
                data-testid="replay-scrub"
              />
            </label>
            <output className="replay-step" data-testid="replay-step" data-value={index + 1} aria-label={t('step', { k: index + 1, n })}>
              {`${index + 1} / ${n}`}
            </output>
            <button type="button" onClick={() => seek(null)} disabled={position === null} data-testid="replay-live">{t('live')}</button>
            <form
              className="replay-goto"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (goto.trim() === '') return;
                stop();
                seek(Number(goto) - 1);
              }}
            >
              <label>
                <span>{t('goto')}</span>
                <input type="number" inputMode="numeric" min={1} max={n} value={goto} onChange={(e) => setGoto(e.target.value)} data-testid="replay-goto" />
              </label>
              <button type="submit" data-testid="replay-goto-go">→</button>
            </form>
          </div>
          <p className="small replay-keys">{t('keys')}</p>
          {snap && pinned && <SnapshotView snap={snap} pinned={pinned} />}
        </>
      )}
    </section>
  );
}
