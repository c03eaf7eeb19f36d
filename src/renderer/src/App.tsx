import { Suspense } from 'react';
import { CommandPalette } from './components/CommandPalette';
import { ScreenBoundary } from './components/ScreenBoundary';
import { AppBanners } from './components/banners/AppBanners';
import { LoadingState } from './components/States';
import { useChannel } from './lib/query';
import { href, useRoute } from './lib/router';
import { sections } from './pages';
import { useAppliedTheme } from './pages/settings/theme';
import { Welcome } from './pages/welcome/Welcome';
import { Toasts } from './components/toast/Toasts';

export function App() {
  const route = useRoute();
  const current = sections.find((s) => s.path === route[0]) ?? sections[0]!;
  const Page = current.page;
  useAppliedTheme();
  const welcome = useChannel('settings.welcome');
  // Nothing until the journal says whether this is a first run, so the app does not flash first.
  if (welcome.isPending) return null;
  if (welcome.data?.show) return <Welcome />;
  return (
    <div className="app">
      <nav className="sidebar" aria-label="Sections">
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            C
          </span>
          <span className="brand-name">Carnet</span>
        </div>
        <CommandPalette />
        <ul>
          {sections.map((s) => {
            const Icon = s.icon;
            const active = s === current;
            return (
              <li key={s.path}>
                <a href={href(`/${s.path}`)} className={`nav-link${active ? ' nav-link--active' : ''}`} aria-current={active ? 'page' : undefined}>
                  <Icon size={17} aria-hidden />
                  {s.label}
                </a>
              </li>
            );
          })}
        </ul>
        <p className="sidebar-footer">Private journal · stays on this computer</p>
      </nav>
      <main className="content" id="main">
        <AppBanners route={`/${route.join('/')}`} />
        <ScreenBoundary key={route[0]} route={route.join('/')} screen={current.label}>
          <Suspense fallback={<LoadingState />}>
            <Page route={route.slice(1)} />
          </Suspense>
        </ScreenBoundary>
      </main>
      <Toasts />
    </div>
  );
}
