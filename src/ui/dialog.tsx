import { type ReactNode, useEffect, useId, useRef } from 'react';
import styles from './dialog.module.css';

export interface DialogProps {
  open: boolean;
  /** Called on Escape, on the close button, or when the dialog is closed by the browser. */
  onClose: () => void;
  title: string;
  /** Accessible name of the close button (from the i18n layer). */
  closeLabel: string;
  children: ReactNode;
  size?: 'small' | 'large';
}

/**
 * A modal dialog on the native <dialog> element: showModal() gives the focus trap, Escape and
 * the inert background that hand-made dialogs get wrong. Focus returns to the opener on close.
 */
export function Dialog({
  open,
  onClose,
  title,
  closeLabel,
  children,
  size = 'small',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  // The opener is read while rendering, before a child's autoFocus can move focus inside.
  const openerRef = useRef<HTMLElement | null>(null);
  if (!open) openerRef.current = null;
  else if (openerRef.current === null && document.activeElement instanceof HTMLElement) {
    openerRef.current = document.activeElement;
  }

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = openerRef.current;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog ref={ref} className={styles.dialog} data-size={size} aria-labelledby={titleId}>
      <header className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        <button type="button" className={styles.close} onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </header>
      <div className={styles.body}>{children}</div>
    </dialog>
  );
}
