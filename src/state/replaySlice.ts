import type { StateCreator } from 'zustand';
import { errorMessage } from '../core/errorMessage';
import type { MessageKeyOf } from '../i18n';
import { addSnapshot, replayIndex, type PinnedDigit, type ReplayRecord, type Snapshot } from '../model/replay';

/** Why there is nothing to replay, or a position was refused: a message key of the `replay` namespace and the detail. */
export interface ReplayProblem {
  code: MessageKeyOf<'replay'>;
  detail: string;
}

/** The training page's replay: the snapshots of the run (or of a loaded model) and where the scrubber is. */
export interface ReplayView {
  pinned: PinnedDigit | null;
  snapshots: Snapshot[];
  /** The snapshot shown; null follows the newest one (during a run). */
  position: number | null;
  playing: boolean;
  /** Where the snapshots come from: this tab's run, a model saved in this browser, or a file. */
  source: 'run' | 'saved' | 'file' | null;
  /** A message key of the `replay` namespace (`errors.*`) and its detail, shown with role="alert". */
  problem: ReplayProblem | null;
  /** What the next run's snapshots follow: the inspected test digit or the learner's drawing. */
  follow: 'test' | 'drawing';
}

export interface ReplaySlice {
  replay: ReplayView;
  /** A snapshot from the worker: `fresh` starts a new replay. */
  replayAdd(snapshot: Snapshot, fresh: boolean, pinned: PinnedDigit): void;
  /** Replaces the replay (a loaded model's, or none with the reason). */
  replaySet(record: ReplayRecord | null, source: ReplayView['source'], problem?: ReplayView['problem']): void;
  /** Shows snapshot `position` (0-based); null follows the newest. A position past the end is refused with a message. */
  replaySeek(position: number | null): void;
  replayPlay(playing: boolean): void;
  replayFollow(follow: 'test' | 'drawing'): void;
}

export const initialReplayView: ReplayView = { pinned: null, snapshots: [], position: null, playing: false, source: null, problem: null, follow: 'test' };

export const createReplaySlice: StateCreator<ReplaySlice, [], [], ReplaySlice> = (set, get) => ({
  replay: initialReplayView,
  replayAdd(snapshot, fresh, pinned) {
    const r = get().replay;
    const base = fresh ? [] : r.snapshots;
    set({
      replay: {
        ...r,
        pinned,
        snapshots: addSnapshot(base, snapshot),
        source: fresh ? 'run' : r.source ?? 'run',
        position: fresh ? null : r.position,
        playing: fresh ? false : r.playing,
        problem: fresh ? null : r.problem,
      },
    });
  },
  replaySet(record, source, problem = null) {
    const follow = get().replay.follow;
    set({ replay: { ...initialReplayView, follow, pinned: record?.pinned ?? null, snapshots: record?.snapshots ?? [], source: record ? source : null, problem } });
  },
  replaySeek(position) {
    const r = get().replay;
    if (position === null) {
      set({ replay: { ...r, position: null, problem: null } });
      return;
    }
    try {
      set({ replay: { ...r, position: replayIndex(position, r.snapshots.length), problem: null } });
    } catch (e) {
      set({ replay: { ...r, playing: false, problem: { code: 'errors.position', detail: errorMessage(e) } } });
    }
  },
  replayPlay(playing) {
    set({ replay: { ...get().replay, playing } });
  },
  replayFollow(follow) {
    set({ replay: { ...get().replay, follow } });
  },
});
