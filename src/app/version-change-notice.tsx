import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useRepositories } from '../queries/repositories-context';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';

/**
 * Another tab opened a newer database version: Dexie has closed this tab's connection so the
 * upgrade can run, and further writes here would fail. Say so, and offer the reload.
 */
export function VersionChangeNotice() {
  const { t } = useI18n();
  const repositories = useRepositories();
  const [changed, setChanged] = useState(false);
  useEffect(() => repositories.onVersionChange(() => setChanged(true)), [repositories]);
  return (
    <Dialog
      open={changed}
      onClose={() => window.location.reload()}
      title={t('versionChange.title')}
      closeLabel={t('update.reload')}
    >
      <p>{t('versionChange.body')}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t('update.reload')}
      </Button>
    </Dialog>
  );
}
