import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { Home } from '../pages/Home';

/** A top-level page: the first path segment of the hash route picks it. */
export interface PageRoute {
  /** First path segment (`''` for the home page). */
  segment: string;
  component: ComponentType | LazyExoticComponent<ComponentType>;
  /** The page runs tfjs: opening it asks the service worker to keep tfjs, the wasm files and the models for offline use. */
  usesModels?: true;
}

/** Pages other than home load lazily: the first page never pulls in tfjs. */
export const pageRoutes: PageRoute[] = [
  { segment: '', component: Home },
  { segment: 'lesson', component: lazy(() => import('../lessons/LessonPage')) },
  { segment: 'train', component: lazy(() => import('../train/TrainPage')), usesModels: true },
  { segment: 'draw', component: lazy(() => import('../draw/DrawPage')), usesModels: true },
  { segment: 'compare', component: lazy(() => import('../compare/ComparePage')), usesModels: true },
];
