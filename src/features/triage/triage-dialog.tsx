import { type ReactNode, useLayoutEffect, useRef } from 'react';
import styles from './triage.module.css';

interface TriageDialogProps {
  /** Accessible name of the whole screen. */
  label: string;
  /** Escape, or the browser closing the dialog: the session decides what that means. */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A modal dialog that fills the screen, for the projector. Native <dialog> like ui/dialog
 * (focus trap, inert board behind it, Escape), without its header and width: triage lays out
 * the whole screen itself. Focus returns to the opener when it closes.
 */
export function TriageDialog({ label, onCancel, children }: TriageDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCancelRef = useRef(onCancel);
  onCancelRef.current = onCancel;
  // A layout effect: the modal opens before its children's effects move the focus inside it
  // (showModal would otherwise take the focus back to its first button).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const cancel = (event: Event) => {
      event.preventDefault();
      onCancelRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog ref={ref} className={styles.dialog} aria-label={label}>
      {children}
    </dialog>
  );
}
