import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';

/** Opens triage mode from the board page; the T key does the same. */
export function TriageButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <Button onClick={onOpen} aria-keyshortcuts="t">
      {t('triage.open')}
    </Button>
  );
}
