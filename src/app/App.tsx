import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n';
import { cacheModelAssets } from '../offline/offlineCache';
import { useStore } from '../state/store';
import { Link } from '../ui/Link';
import { CopyLinkButton } from './CopyLinkButton';
import { ErrorBoundary } from './ErrorBoundary';
import { pageRoutes } from './routes';
import { appDigitSource } from './digitSource';
import { DigitSourceContext } from '../ui/digitModel';

/** The app shell: chrome (unless embedded or presenting), the current page, and link warnings. */
export function App() {
  const { t } = useTranslation();
  const lang = useStore((s) => s.lang);
  const route = useStore((s) => s.route);
  const present = useStore((s) => s.present);
  const embed = useStore((s) => s.embed);
  const ignored = useStore((s) => s.ignoredGlobal);
  const setLang = useStore((s) => s.setLang);
  const setPresent = useStore((s) => s.setPresent);

  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    document.documentElement.classList.toggle('present', present);
    document.documentElement.classList.toggle('embed', embed);
  }, [present, embed]);

  const page = pageRoutes.find((r) => r.segment === (route.segments[0] ?? ''));
  const Page = page?.component;
  const usesModels = page?.usesModels === true;

  useEffect(() => {
    if (usesModels) cacheModelAssets();
  }, [usesModels]);
  const chrome = !embed && !present;

  return (
    <div className="app">
      {chrome && (
        <header className="app-header">
          <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
            {t('nav.skip')}
          </a>
          <Link to="/" className="brand">{t('appName')}</Link>
          <nav aria-label={t('appName')}>
            <Link to="/">{t('nav.home')}</Link>
            <Link to="/train">{t('nav.train')}</Link>
            <Link to="/draw">{t('nav.draw')}</Link>
          </nav>
          <div className="header-tools">
            <CopyLinkButton />
            <button type="button" onClick={() => setPresent(true)} data-testid="present-toggle">{t('present.on')}</button>
            <label className="lang-switch">
              <span className="visually-hidden">{t('lang.label')}</span>
              <select value={lang} onChange={(e) => setLang(e.target.value as 'ko' | 'en')} data-testid="lang-switch" aria-label={t('lang.label')}>
                <option value="ko">{t('lang.ko')}</option>
                <option value="en">{t('lang.en')}</option>
              </select>
            </label>
          </div>
        </header>
      )}
      {present && !embed && (
        <button type="button" className="leave-present" onClick={() => setPresent(false)} data-testid="present-toggle">
          {t('present.off')}
        </button>
      )}
      <main id="main" tabIndex={-1}>
        {ignored.map((p) => (
          <p key={p.key} role="alert" className="notice">{t('ignored', { key: p.key, value: p.value })}</p>
        ))}
        <DigitSourceContext.Provider value={appDigitSource}>
        <ErrorBoundary resetKey={route.path}>
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            {Page ? <Page /> : (
              <div className="not-found">
                <h1>{t('notFound.title')}</h1>
                <p role="alert">{t('notFound.text', { path: route.path })}</p>
                <Link to="/">{t('notFound.back')}</Link>
              </div>
            )}
          </Suspense>
        </ErrorBoundary>
        </DigitSourceContext.Provider>
      </main>
    </div>
  );
}
