import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import styles from './snapshots.module.css';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * A file dragged anywhere over the app shows "Drop to import"; dropped, it is imported. Only
 * drags that carry files count: dragging a card (pointer events) never shows it. `onFileNear`
 * hears a file come over the page, so the import can load before it is dropped.
 */
export function DropZone({
  onFile,
  onFileNear,
}: {
  onFile: (file: File) => void;
  onFileNear: () => void;
}) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when it left.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      if (depth === 0) onFileNear();
      depth += 1;
      setOver(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFile, onFileNear]);
  if (!over) return null;
  return (
    <div className={styles.dropZone} aria-hidden="true">
      <p className={styles.dropText}>{t('snapshots.import.drop')}</p>
    </div>
  );
}
