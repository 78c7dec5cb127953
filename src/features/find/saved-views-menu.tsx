import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../../ui/icon';
import styles from './filter-bar.module.css';
import { LazySavedViewsList, PanelDisclosure } from './lazy-find-panels';

/**
 * Saved views: named combinations of filters, grouping, view and sort, kept with the board.
 * Each is a link to the URL that shows it (so it opens in a new tab too); the current one is
 * marked. "Save this view" names the view on screen.
 */
export function SavedViewsMenu({ boardId }: { boardId: string }) {
  const { t } = useI18n();
  return (
    <PanelDisclosure
      bodyClassName={styles.viewsBody}
      summary={
        <>
          <Icon name="bookmark" />
          {t('views.button')}
        </>
      }
    >
      <LazySavedViewsList boardId={boardId} />
    </PanelDisclosure>
  );
}
