/*
 * The attack's settings and the link, both ways (attackLink.ts has the parameters): a link's
 * method, target and eps are put in the panel when the link changes; a setting the learner
 * changes is written back into the link (without a new history entry), so copying the address
 * shares a prepared attack; `attack=1` runs it once the model has read the link's drawing.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from '../../state/store';
import { parseTestIndex, decodeStrokes } from '../strokeCode';
import { currentClassifier } from '../predictionLoop';
import { attackInputProblem } from './attackInput';
import { attackLinkParams, readAttackLink, type AttackLink } from './attackLink';
import { runAttackNow } from './attackController';

type Settings = { method: AttackLink['method']; target: number | null; epsilon: number };

const rawOf = (p: Record<string, string>) => [p.method, p.target, p.eps].map((v) => v ?? '').join('&');

/** True when the link names a drawing that will arrive (a valid d= or test=). */
function linkHasDrawing(p: Record<string, string>): boolean {
  return (p.d !== undefined && decodeStrokes(p.d).ok) || (p.test !== undefined && parseTestIndex(p.test) !== null);
}

/**
 * Keeps the attack panel and the link in step; returns the link's malformed values (each shown
 * next to its control).
 *
 * @example
 * const problems = useAttackLink(); // [{ key: 'eps', value: '2' }] for #/draw?eps=2
 */
export function useAttackLink(): AttackLink['problems'] {
  const params = useStore((s) => s.route.params);
  const { method, target, epsilon } = useStore((s) => s.attack);
  const link = useMemo(() => readAttackLink(params), [params]);
  /** The link values last applied to the panel or written by it. */
  const known = useRef<string | null>(null);
  /** The panel's settings right after the link was applied: a setting still equal to it is not written back (a malformed value and its message stay). */
  const applied = useRef<Settings | null>(null);
  const raw = rawOf(params);

  useEffect(() => {
    if (known.current === raw) return;
    known.current = raw;
    const next = { method: link.method, target: link.target, epsilon: link.epsilon };
    applied.current = next;
    useStore.getState().attackPatch({ ...next, problem: null });
  }, [raw, link]);

  useEffect(() => {
    const was = applied.current;
    if (!was || known.current !== raw) return;
    const cur = useStore.getState().attack;
    // the link was applied in this commit: these values are from before it, the next render has the new ones
    if (cur.method !== method || cur.target !== target || cur.epsilon !== epsilon) return;
    const now = { method, target, epsilon };
    const out = attackLinkParams(now);
    const patch: Record<string, string | undefined> = {};
    if (method !== was.method) patch.method = out.method;
    if (target !== was.target) patch.target = out.target;
    if (epsilon !== was.epsilon) patch.eps = out.eps;
    if (Object.keys(patch).length === 0) return;
    applied.current = now;
    useStore.getState().setParams(patch);
    known.current = rawOf(useStore.getState().route.params);
  }, [method, target, epsilon, raw]);

  useAutoRun(link.run, linkHasDrawing(params));
  return link.problems;
}

/** `attack=1`: one attack once the model is ready and has read the link's drawing (or at once when the link has none). */
function useAutoRun(run: boolean, waitForDrawing: boolean): void {
  const ran = useRef(false);
  const ready = useStore((s) => s.draw.modelStatus === 'ready' && s.draw.network !== null);
  const input = useStore((s) => s.draw.result?.prep?.input ?? null);
  useEffect(() => {
    if (!run || ran.current || !ready || !currentClassifier()) return;
    if (waitForDrawing && attackInputProblem(input) !== null) return;
    ran.current = true;
    void runAttackNow();
  }, [run, ready, input, waitForDrawing]);
}
