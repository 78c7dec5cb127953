import { useI18n } from '../../i18n/i18n-context';

/** Placeholder replaced by the table view (issue 13). */
export function TableView(_props: { boardId: string; onOpenCard: (cardId: string) => void }) {
  const { t } = useI18n();
  return <p>{t('app.loading')}</p>;
}
