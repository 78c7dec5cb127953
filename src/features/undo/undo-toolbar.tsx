import { actionWords } from '../../i18n/action-words';
import { useI18n } from '../../i18n/i18n-context';
import { useUndoStack, useUndoState } from '../../queries/undo-context';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icon';
import styles from './undo-toolbar.module.css';

/**
 * Undo and Redo, whose accessible names say what they would take back or make again
 * ("Undo: Moved “Empower embassies…” to In progress"). Disabled when there is nothing to do.
 */
export function UndoToolbar() {
  const i18n = useI18n();
  const { t } = i18n;
  const stack = useUndoStack();
  const { undo, redo } = useUndoState();
  const nextUndo = undo.at(-1);
  const nextRedo = redo.at(-1);
  return (
    <div className={styles.toolbar}>
      <Button
        variant="quiet"
        onClick={() => void stack.undo()}
        disabled={!nextUndo}
        aria-label={
          nextUndo
            ? t('undo.label', { action: actionWords(nextUndo.action, i18n) })
            : t('undo.labelEmpty')
        }
        title={t('ui.withShortcut', { label: t('undo.button'), keys: t('undo.shortcut') })}
      >
        <Icon name="undo" />
        <span className={styles.text}>{t('undo.button')}</span>
      </Button>
      <Button
        variant="quiet"
        onClick={() => void stack.redo()}
        disabled={!nextRedo}
        aria-label={
          nextRedo
            ? t('redo.label', { action: actionWords(nextRedo.action, i18n) })
            : t('redo.labelEmpty')
        }
        title={t('ui.withShortcut', { label: t('redo.button'), keys: t('redo.shortcut') })}
      >
        <Icon name="redo" />
        <span className={styles.text}>{t('redo.button')}</span>
      </Button>
    </div>
  );
}
