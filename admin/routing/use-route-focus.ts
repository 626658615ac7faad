/**
 * Focus after navigation, for keyboard and screen-reader users: a field that was asked for (a link
 * in the error summary) once its view shows it; otherwise, on a new route, the heading of the
 * chosen counter or location, or of the view. The first render leaves focus where it is.
 */
import { useEffect, useRef } from 'preact/hooks';
import { fieldId } from '../validation/field-paths';
import type { Route } from './hash-route';

export function useRouteFocus(route: Route, pendingField: string | null, fieldFocused: () => void): void {
  const firstRoute = useRef(true);
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    if (pendingField !== null) return;
    const detail = route.id === undefined ? null : document.getElementById('detail-title');
    (detail ?? document.getElementById('view-title'))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs on a new route only; pendingField is read, not watched
  }, [route.view, route.id]);

  // After every render: the view may need a render or two (clearing its filters) to show the field.
  useEffect(() => {
    if (pendingField === null) return;
    const field = document.getElementById(fieldId(pendingField));
    if (field) {
      field.focus();
      fieldFocused();
    }
  });
}
