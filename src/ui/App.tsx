/**
 * The app shell: header (name, navigation, language switch), the current view, footer.
 * A view is mounted on its first visit (its code is a chunk of its own, fetched then) and stays
 * mounted while hidden, so a run in progress or a half-edited form survives a visit to another view.
 */
import { Component, Suspense, useEffect, useState, type ReactNode } from 'react';
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

/** Shows a view whose chunk could not be fetched (e.g. a new deployment removed it) as a message instead of a blank page. */
class ViewLoadBoundary extends Component<{ failed: (message: string) => ReactNode; children: ReactNode }, { message?: string }> {
  override state: { message?: string } = {};
  static getDerivedStateFromError(error: unknown): { message: string } {
    return { message: error instanceof Error ? error.message : String(error) };
  }
  override render(): ReactNode {
    return this.state.message === undefined ? this.props.children : this.props.failed(this.state.message);
  }
}

export function App() {
  const t = useT();
  const activeId = resolveRoute(useHash(), viewIds, startView.id);
  const active = views.find((v) => v.id === activeId) ?? startView;
  const title = t('title.view', { view: t(active.navKey) });
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([active.id]));
  if (!visited.has(active.id)) setVisited(new Set([...visited, active.id]));

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
        {views.map(({ id, navKey, component: View }) =>
          visited.has(id) ? (
            <div key={id} className="view" data-view={id} hidden={id !== active.id}>
              <ViewLoadBoundary failed={(message) => <p role="alert">{t('shell.viewFailed', { view: t(navKey), message })}</p>}>
                <Suspense fallback={<p className="view-loading">{t('shell.viewLoading', { view: t(navKey) })}</p>}>
                  <View />
                </Suspense>
              </ViewLoadBoundary>
            </div>
          ) : null,
        )}
      </main>
      <footer className="app-footer">
        <p>{t('footer.offline')}</p>
        <p>{t('footer.model')}</p>
      </footer>
    </div>
  );
}
