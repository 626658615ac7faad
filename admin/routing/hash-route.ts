/**
 * Hash routing without a router library: "#/loketten/sociaal-loket" ⇄ { view: 'loketten', id }.
 * The hash keeps the admin on the same page, so the worker serves one index.html under /admin.
 */
import { useEffect, useState } from 'preact/hooks';

export const VIEWS = [
  'onderwerpen',
  'loketten',
  'locaties',
  'signalen',
  'test',
  'meldingen',
  'cijfers',
  'versies',
  'logboek',
  'import',
  'instellingen',
  'sleutels',
] as const;
export type View = (typeof VIEWS)[number];

/** Views only a publisher can use (the API refuses the others): not in their navigation. */
const PUBLISHER_VIEWS: readonly View[] = ['sleutels'];

/** The views in the navigation of someone with `role`. */
export function viewsFor(role: string): readonly View[] {
  return role === 'publisher' ? VIEWS : VIEWS.filter((view) => !PUBLISHER_VIEWS.includes(view));
}

export interface Route {
  view: View;
  /** The selected counter or location. */
  id?: string;
}

export const DEFAULT_ROUTE: Route = { view: 'onderwerpen' };

function isView(value: string | undefined): value is View {
  return (VIEWS as readonly string[]).includes(value ?? '');
}

export function parseRoute(hash: string): Route {
  const [view, id] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  if (!isView(view)) return DEFAULT_ROUTE;
  return id ? { view, id } : { view };
}

export function formatRoute(route: Route): string {
  return `#/${route.view}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
}

export function navigate(route: Route): void {
  const hash = formatRoute(route);
  if (location.hash !== hash) location.hash = hash;
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
