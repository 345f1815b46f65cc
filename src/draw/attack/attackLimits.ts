/*
 * The attack's settings and their ranges (no tfjs: the panel and the controller use them before
 * tfjs is loaded).
 */

export type AttackMethod = 'fgsm' | 'iterative';

/** The ε slider's range (the largest change of one pixel, on the 0…1 ink scale). */
export const EPSILON_RANGE = { min: 0.01, max: 0.5, step: 0.01 } as const;
/** Steps of the iterative attack. */
export const ITERATIVE_STEPS = 20;
/** Halvings of the search for the smallest ε that still fools the model. */
export const SEARCH_HALVINGS = 6;
