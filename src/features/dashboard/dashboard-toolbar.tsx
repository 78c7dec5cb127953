import { type RefObject, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './dashboard.module.css';
import { saveDashboardPng } from './dashboard-png';

/** Print (the print stylesheet makes it a handout) and Save as PNG. */
export function DashboardToolbar({
  target,
  today,
}: {
  target: RefObject<HTMLElement | null>;
  today: string;
}) {
  const { t } = useI18n();
  const [png, setPng] = useState<'idle' | 'drawing' | 'failed'>('idle');
  const save = () => {
    const node = target.current;
    if (!node) return;
    setPng('drawing');
    saveDashboardPng(node, `recboard-dashboard-${today}.png`).then(
      () => setPng('idle'),
      () => setPng('failed'),
    );
  };
  return (
    <div className={`${styles.toolbar} ${styles.noPrint}`}>
      <Button onClick={() => window.print()}>{t('dashboard.print')}</Button>
      <Button onClick={save} disabled={png === 'drawing'}>
        {t('dashboard.savePng')}
      </Button>
      <span role="status">
        {png === 'drawing' && t('dashboard.savingPng')}
        {png === 'failed' && t('dashboard.pngFailed')}
      </span>
    </div>
  );
}
