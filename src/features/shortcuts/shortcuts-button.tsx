import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';

/** Opens the shortcuts help, for whoever does not know the `?` key yet. */
export function ShortcutsButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <Button variant="quiet" onClick={onOpen} aria-keyshortcuts="?">
      {t('shortcuts.open')}
    </Button>
  );
}
