import type { StateCreator } from 'zustand';
import type { MessageKeyOf } from '../i18n';
import type { AttackResult } from '../draw/attack/attack';
import type { AttackMethod } from '../draw/attack/attackLimits';

/** A problem with the attack, shown with role="alert" next to the control that caused it. */
export interface AttackProblem {
  /** Which control it belongs to. */
  at: 'run' | 'target' | 'epsilon';
  /** Message key in the `attack` namespace. */
  code: MessageKeyOf<'attack'>;
  /** Values for the message ({{digit}}, {{detail}}…). */
  values?: Partial<Record<'digit' | 'detail' | 'min' | 'max' | 'value' | 'text', string | number>>;
}

/** One finished attack as the page shows it. */
export interface AttackShown extends AttackResult {
  /** The 28×28 input that was attacked (the page compares it with the current drawing). */
  input: Float32Array;
  /** ‖a′ − a‖ / ‖a‖ per shown layer, with the layers' names. */
  layerChanges: number[];
  layerNames: string[];
  /** Milliseconds the attack took. */
  ms: number;
}

/** The "fool the model" panel of the drawing page. */
export interface AttackView {
  method: AttackMethod;
  /** null: any digit but the current answer. */
  target: number | null;
  epsilon: number;
  status: 'idle' | 'running';
  problem: AttackProblem | null;
  result: AttackShown | null;
}

export interface AttackSlice {
  attack: AttackView;
  attackPatch(patch: Partial<AttackView>): void;
}

export const initialAttackView: AttackView = {
  method: 'iterative',
  target: null,
  epsilon: 0.25,
  status: 'idle',
  problem: null,
  result: null,
};

export const createAttackSlice: StateCreator<AttackSlice, [], [], AttackSlice> = (set) => ({
  attack: initialAttackView,
  attackPatch: (p) => set((s) => ({ attack: { ...s.attack, ...p } })),
});
