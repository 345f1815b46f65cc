import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { lessons } from '../lessons/registry';
import { useStore } from '../state/store';
import { OfflineButton } from '../offline/OfflineButton';
import { Link } from '../ui/Link';

/** KaTeX loads only with the first card that has a formula (the home page stays small). */
const TexText = lazy(() => import('../ui/TexText'));

/** A summary's text without the `$` marks (shown until KaTeX has loaded). */
function plainTex(text: string): string {
  return text.replace(/\$([^$]+)\$/g, (_, tex: string) => tex.replace(/\\sum/g, 'Σ').replace(/[{}\\]/g, ''));
}

/** `#/`: the lesson path and the entry points to training, drawing and comparing two models. */

export function Home() {
  const { t } = useTranslation();
  const lang = useStore((s) => s.lang);
  return (
    <div className="home">
      <h1 className="home-title">{t('appName')}</h1>
      <p className="tagline">{t('tagline')}</p>
      <section aria-labelledby="home-lessons">
        <h2 id="home-lessons">{t('home.lessons')}</h2>
        <p>{t('home.lessonsIntro')}</p>
        <ol className="lesson-list" data-testid="lesson-list">
          {lessons.map((lesson, i) => (
            <li key={lesson.id} data-lesson={lesson.id}>
              <Link to={`/lesson/${lesson.id}`} className="card">
                <span className="card-kicker">{t('home.lessonNumber', { n: i + 1 })}</span>
                <span className="card-title">{lesson.title[lang]}</span>
                <span className="card-text">
                  {lesson.summary[lang].includes('$') ? (
                    <Suspense fallback={plainTex(lesson.summary[lang])}><TexText text={lesson.summary[lang]} /></Suspense>
                  ) : lesson.summary[lang]}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="home-labs">
        <h2 id="home-labs">{t('home.labs')}</h2>
        <ul className="lesson-list">
          <li>
            <Link to="/train" className="card" testId="home-train">
              <span className="card-title">{t('home.trainTitle')}</span>
              <span className="card-text">{t('home.trainText')}</span>
            </Link>
          </li>
          <li>
            <Link to="/draw" className="card" testId="home-draw">
              <span className="card-title">{t('home.drawTitle')}</span>
              <span className="card-text">{t('home.drawText')}</span>
            </Link>
          </li>
          <li>
            <Link to="/compare" params={{ a: 'lenet5', b: 'lenet5-3x3' }} className="card" testId="home-compare">
              <span className="card-title">{t('home.compareTitle')}</span>
              <span className="card-text">{t('home.compareText')}</span>
            </Link>
          </li>
        </ul>
      </section>
      <OfflineButton />
    </div>
  );
}
