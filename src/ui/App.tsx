/**
 * The app shell: header (name, navigation, language switch), the current view, footer.
 * Views stay mounted while hidden so a run in progress or a half-edited form survives a visit
 * to another view.
 */
import { useEffect } from 'react';
import { hrefFor, resolveRoute, useHash } from './hashRoute';
import { useLocale, useT } from './i18n/I18nProvider';
import { locales } from './i18n/messages';
import { startView, views } from './views';
import { PALETTE_CSS_VARS } from './charts/palette';

const viewIds = views.map((v) => v.id);

function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {locales.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === locale} onClick={() => setLocale(l)}>
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}

export function App() {
  const t = useT();
  const activeId = resolveRoute(useHash(), viewIds, startView.id);
  const active = views.find((v) => v.id === activeId) ?? startView;
  const title = t('title.view', { view: t(active.navKey) });

  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="app" style={PALETTE_CSS_VARS}>
      <a
        className="skip-link"
        href={`#/${active.id}`}
        onClick={(e) => {
          // the hash is the route: move focus to the view instead of following the link
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('a11y.skip')}
      </a>
      <header className="app-header">
        <a className="brand" href={hrefFor(startView.id)}>
          <span className="brand-mark" aria-hidden="true">
            一
          </span>
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </a>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {views.map((v) => (
              <li key={v.id}>
                <a href={hrefFor(v.id)} aria-current={v.id === active.id ? 'page' : undefined}>
                  {t(v.navKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main className="app-main" id="main-content" tabIndex={-1}>
        {views.map(({ id, component: View }) => (
          <div key={id} className="view" data-view={id} hidden={id !== active.id}>
            <View />
          </div>
        ))}
      </main>
      <footer className="app-footer">
        <p>{t('footer.offline')}</p>
        <p>{t('footer.model')}</p>
      </footer>
    </div>
  );
}
