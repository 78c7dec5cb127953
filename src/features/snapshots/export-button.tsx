import { type ReactNode, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './snapshots.module.css';

interface ExportButtonProps {
  busy: boolean;
  /** Starts loading the menu: called as the person heads for the button. */
  onApproach: () => void;
  /** The popover's content, rendered only while it is open. */
  menu: (close: () => void) => ReactNode;
}

/**
 * The Export button and its popover (the platform's: Escape and a click outside close it,
 * Tab moves through it). The menu inside comes with the export code, loaded on approach.
 */
export function ExportButton({ busy, onApproach, menu }: ExportButtonProps) {
  const { t } = useI18n();
  const id = useId();
  const popover = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => popover.current?.hidePopover?.();
  return (
    <>
      <Button popoverTarget={id} disabled={busy} onPointerEnter={onApproach} onFocus={onApproach}>
        {t('snapshots.export.button')}
      </Button>
      <div
        ref={popover}
        id={id}
        popover="auto"
        className={styles.menu}
        onToggle={(event) => {
          setOpen(event.newState === 'open');
          if (event.newState === 'open') onApproach();
        }}
      >
        {open && menu(close)}
      </div>
    </>
  );
}
