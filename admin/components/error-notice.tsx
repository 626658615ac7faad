/**
 * An error message in a red box. It is an alert, so a screen reader says it the moment it
 * appears, wherever focus is (WCAG 4.1.3).
 */
import type { ComponentChildren, Ref } from 'preact';

interface ErrorNoticeProps {
  children: ComponentChildren;
  /** A box with a heading, a list or a button in it instead of one sentence. */
  block?: boolean;
  /**
   * Not an alert, for a notice inside a region that receives focus when it appears: the screen
   * reader reads it then, and an alert would make it say everything twice.
   */
  inFocusedRegion?: boolean;
  /** For a notice that takes focus itself (the login error). */
  focusRef?: Ref<HTMLParagraphElement>;
}

export function ErrorNotice({ children, block, inFocusedRegion, focusRef }: ErrorNoticeProps) {
  const role = inFocusedRegion ? undefined : 'alert';
  if (block) {
    return (
      <div class="notice notice-error" role={role}>
        {children}
      </div>
    );
  }
  return (
    <p class="notice notice-error" role={role} tabIndex={focusRef ? -1 : undefined} ref={focusRef}>
      {children}
    </p>
  );
}
