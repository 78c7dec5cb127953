import { useState } from 'react';
import type { ActionItem } from '../../domain/action-item';
import type { ActorRef } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import type { ActionItemChange } from '../../queries/card-detail-queries';
import { Icon } from '../../ui/icon';
import { ActionItemDetails } from './action-item-details';
import styles from './card-editor.module.css';

interface ActionItemRowProps {
  item: ActionItem;
  index: number;
  count: number;
  actors: readonly ActorRef[];
  onChange: (change: ActionItemChange) => void;
}

/**
 * One action item: tick it, rename it in place (saved on leaving the field), change its owner
 * and due date, move or delete it.
 */
export function ActionItemRow({ item, index, count, actors, onChange }: ActionItemRowProps) {
  const { t } = useI18n();
  const [text, setText] = useState(item.text);
  const saveText = () => {
    const value = text.trim();
    if (value.length === 0) return setText(item.text);
    if (value !== item.text) onChange({ kind: 'update', id: item.id, patch: { text: value } });
  };
  return (
    <li className={styles.actionItem} data-done={item.done || undefined}>
      <input
        type="checkbox"
        checked={item.done}
        aria-label={t('actions.done', { text: item.text })}
        onChange={(e) =>
          onChange({ kind: 'update', id: item.id, patch: { done: e.target.checked } })
        }
      />
      <div className={styles.actionBody}>
        <input
          className={styles.actionText}
          value={text}
          aria-label={t('actions.text')}
          onChange={(e) => setText(e.target.value)}
          onBlur={saveText}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              saveText();
            }
          }}
        />
        <ActionItemDetails item={item} actors={actors} onChange={onChange} />
      </div>
      <button
        type="button"
        className={styles.iconButton}
        disabled={index === 0}
        aria-label={t('actions.moveUp', { text: item.text })}
        onClick={() => onChange({ kind: 'move', id: item.id, toIndex: index - 1 })}
      >
        <Icon name="arrowUp" />
      </button>
      <button
        type="button"
        className={styles.iconButton}
        disabled={index === count - 1}
        aria-label={t('actions.moveDown', { text: item.text })}
        onClick={() => onChange({ kind: 'move', id: item.id, toIndex: index + 1 })}
      >
        <Icon name="arrowDown" />
      </button>
      <button
        type="button"
        className={styles.iconButton}
        aria-label={t('actions.delete', { text: item.text })}
        onClick={() => onChange({ kind: 'remove', id: item.id })}
      >
        <Icon name="trash" />
      </button>
    </li>
  );
}
