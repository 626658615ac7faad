/**
 * A modal <dialog>: the browser keeps focus inside it and closes it on Escape. Mount it to open
 * it; on unmount, focus goes back to where it was, or to `returnFocus` when that element is gone.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { nl } from '../i18n/nl';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  /** For a element that the action removes (a table row): where focus goes afterwards. */
  returnFocus?: () => HTMLElement | null | undefined;
  class?: string;
}

export function Dialog({ title, onClose, children, returnFocus, class: className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const returnFocusRef = useRef(returnFocus);
  returnFocusRef.current = returnFocus;

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      // After the render that removed the dialog, so a removed opener is known to be gone.
      queueMicrotask(() => {
        const target = opener?.isConnected ? opener : returnFocusRef.current?.();
        target?.focus();
      });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      class={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <h2 id={titleId} class="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

interface ConfirmDialogProps {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
  returnFocus?: () => HTMLElement | null | undefined;
}

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, busy, danger, returnFocus }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel} returnFocus={returnFocus}>
      <div class="dialog-body">{children}</div>
      <div class="dialog-actions">
        <button type="button" class={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {nl.cancel}
        </button>
      </div>
    </Dialog>
  );
}
