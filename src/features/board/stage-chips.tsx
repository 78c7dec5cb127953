import type { StageId } from '../../domain/taxonomy';
import { useI18n } from '../../i18n/i18n-context';
import styles from './chips.module.css';

export function StageChips({ stageIds }: { stageIds: readonly StageId[] }) {
  const { t } = useI18n();
  if (stageIds.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={t('card.stages')}>
      {stageIds.map((id) => (
        <li key={id} className={styles.stage} data-stage={id}>
          {t(`stage.${id}`)}
        </li>
      ))}
    </ul>
  );
}
