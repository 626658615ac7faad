/** The banner: app and tenant name, who is logged in, "Uitloggen", and the navigation between views. */
import type { Session } from '../api/client';
import { nl } from '../i18n/nl';
import { formatRoute, viewsFor, type View } from '../routing/hash-route';

interface AppHeaderProps {
  session: Session;
  current: View;
  onLogout: () => void;
}

export function AppHeader({ session, current, onLogout }: AppHeaderProps) {
  const role = session.actor.role;
  return (
    <header class="app-header">
      <div class="app-header-inner">
        <p class="app-title">
          <span class="app-mark" aria-hidden="true"></span>
          {nl.appName} <span class="app-tenant">· {session.tenant.name}</span>
        </p>
        <div class="app-user">
          <span>{nl.loggedInAs(session.actor.label, nl.roles[role])}</span>
          <button type="button" class="button button-small" onClick={onLogout}>
            {nl.logout}
          </button>
        </div>
      </div>
      <nav class="app-nav" aria-label={nl.navLabel}>
        <ul>
          {viewsFor(role).map((view) => (
            <li key={view}>
              <a href={formatRoute({ view })} aria-current={current === view ? 'page' : undefined}>
                {nl.views[view]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
