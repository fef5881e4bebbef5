import { useEffect, useId, useRef, type ReactNode, type SyntheticEvent } from 'react';
import { Button } from '../components/Button.js';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** The question and its consequences; may hold a field (e.g. the reason for ending an agreement early). */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  /** Cancel, Escape: the parent closes the dialog (set open to false). */
  onCancel: () => void;
  /** The confirmed action runs: buttons are disabled and the confirm button is busy. */
  pending?: boolean;
  /** Red confirm button for actions that cannot be undone. */
  destructive?: boolean;
}

/**
 * A modal confirmation on the native <dialog> (the browser makes the rest of the page inert). Focus moves to the
 * cancel button on open (the safe choice for destructive actions) and back to the element that opened it on close.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Annuleren',
  onConfirm,
  onCancel,
  pending = false,
  destructive = false,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const titleId = `wp-dialog-${useId()}`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom (tests) and very old browsers lack showModal; the open attribute still shows the dialog there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    cancelRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function') {
        if (dialog.open) dialog.close();
      } else {
        dialog.removeAttribute('open');
      }
      const target = returnFocusTo.current;
      if (target?.isConnected) target.focus();
    };
  }, [open]);

  function handleCancel(event: SyntheticEvent<HTMLDialogElement>) {
    // The browser would close the dialog itself on Escape; keep it controlled by the parent instead.
    event.preventDefault();
    if (!pending) onCancel();
  }

  return (
    <dialog
      ref={dialogRef}
      className="wp-dialog"
      aria-labelledby={titleId}
      onCancel={handleCancel}
      // Chrome may close a dialog on a repeated Escape without a cancelable cancel event: keep the parent in step.
      onClose={() => {
        if (open) onCancel();
      }}
      onKeyDown={(event) => {
        // Where the native cancel event does not exist (jsdom), Escape is handled here.
        if (event.key === 'Escape' && typeof dialogRef.current?.showModal !== 'function') {
          event.preventDefault();
          if (!pending) onCancel();
        }
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="wp-dialog__title">
            {title}
          </h2>
          {children !== undefined && <div className="wp-dialog__body">{children}</div>}
          <div className="wp-dialog__actions">
            <Button
              variant="primary"
              className={destructive ? 'wp-button--danger' : undefined}
              onClick={onConfirm}
              disabled={pending}
              aria-busy={pending || undefined}
            >
              {pending ? 'Bezig…' : confirmLabel}
            </Button>
            <Button variant="secondary" ref={cancelRef} onClick={onCancel} disabled={pending}>
              {cancelLabel}
            </Button>
          </div>
        </>
      )}
    </dialog>
  );
}
