/** Asks the browser to confirm leaving or reloading the page while the draft has unsaved changes. */
import { useEffect } from 'preact/hooks';

export function useLeaveWarning(dirty: boolean, message: string): void {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = message;
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty, message]);
}
