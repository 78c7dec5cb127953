import { countLiveActionItems, missingForActionable } from '../../domain/actionable';
import type { Recommendation } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { useActionItems } from '../../queries/card-detail-queries';
import styles from './actionable-note.module.css';

/**
 * What the saved card still lacks before someone can act on it (the domain's one rule):
 * a lead actor, a due date, an action item. Nothing shows once it has them all.
 */
export function ActionableNote({ boardId, card }: { boardId: string; card: Recommendation }) {
  const { t, locale } = useI18n();
  const { data: items } = useActionItems(boardId, card.id);
  // Until the items are read, saying "add an action item" could be wrong.
  if (!items) return null;
  const missing = missingForActionable(card, countLiveActionItems(items));
  if (missing.length === 0) return null;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return (
    <p className={styles.note}>
      {t('actionable.note', {
        missing: list.format(missing.map((item) => t(`actionable.missing.${item}`))),
      })}
    </p>
  );
}
