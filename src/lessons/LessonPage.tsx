import { type ComponentType, type LazyExoticComponent, Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startPlaybackLoop } from '../state/playbackLoop';
import { useStore } from '../state/store';
import { LessonInfoContext } from '../ui/lessonInfo';
import { Link } from '../ui/Link';
import '../ui/messages';
import { findLesson, loadLesson } from './registry';

const views = new Map<string, LazyExoticComponent<ComponentType>>();

/** One lazy component per lesson id, made once (so React keeps its state between renders). */
function lessonView(id: string): LazyExoticComponent<ComponentType> | undefined {
  const entry = findLesson(id);
  if (!entry) return undefined;
  let view = views.get(id);
  if (!view) {
    view = lazy(() => loadLesson(entry.id));
    views.set(id, view);
  }
  return view;
}

/**
 * `#/lesson/<id>`: finds the lesson in the registry, loads its view lazily and gives it its
 * registry entry (read with useLessonInfo: id, heading); an unknown id gets a clear message and a
 * link home. Starts the one playback loop, and pauses playback when the learner leaves the lesson.
 */
export default function LessonPage() {
  const { t } = useTranslation('engine');
  const id = useStore((s) => s.route.segments[1] ?? '');
  useEffect(() => {
    startPlaybackLoop();
    return () => useStore.getState().pause();
  }, []);
  useEffect(() => () => useStore.getState().pause(), [id]);
  const entry = findLesson(id);
  const View = lessonView(id);
  if (!entry || !View) {
    return (
      <div className="not-found" data-testid="lesson-not-found">
        <h1>{t('notFound.title', { ns: 'common' })}</h1>
        <p role="alert">{t('lesson.notFound', { id })}</p>
        <Link to="/">{t('lesson.back')}</Link>
      </div>
    );
  }
  return (
    <Suspense fallback={<p className="loading">{t('loading', { ns: 'common' })}</p>}>
      <LessonInfoContext value={entry}>
        <View key={id} />
      </LessonInfoContext>
    </Suspense>
  );
}
