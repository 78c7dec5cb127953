import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { BoardPicture, type BoardPictureProps } from './board-picture';
import styles from './print-view.module.css';

/**
 * The printout: the board picture in a layer of its own that only print media shows, while
 * the app is hidden from print. Opens the browser's print dialog once rendered; `onDone` when
 * the dialog closes.
 */
export function PrintView({
  onDone,
  ...picture
}: Omit<BoardPictureProps, 'layout'> & { onDone: () => void }) {
  useEffect(() => {
    window.addEventListener('afterprint', onDone, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', onDone);
  }, [onDone]);
  return createPortal(
    <div className={styles.printView} data-testid="print-view">
      <BoardPicture {...picture} layout="print" />
    </div>,
    document.body,
  );
}
