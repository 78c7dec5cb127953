import { type KeyboardEvent, type RefObject, useId, useState } from 'react';
import type { ActorRef } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import { actorMatches } from './actor-matches';
import styles from './triage.module.css';

interface ActorComboboxProps {
  actors: readonly ActorRef[];
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (actorId: string) => void;
  /** Escape on a closed list: the person is done with the field. */
  onLeave: () => void;
}

/**
 * Type to pick the lead actor: an ARIA 1.2 combobox with a list that follows the typing.
 * Arrow keys move through the list, Enter picks (the first match when none is active).
 */
export function ActorCombobox({ actors, inputRef, onPick, onLeave }: ActorComboboxProps) {
  const { t, actorLabel, actorAbbr, actorName } = useI18n();
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = open ? actorMatches(actors, text, { actorAbbr, actorName }) : [];
  const activeOption = options[Math.min(active, options.length - 1)];

  const pick = (actor: ActorRef) => {
    setText('');
    setOpen(false);
    onPick(actor.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((index) => (open ? Math.max(0, index + step) : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeOption) pick(activeOption);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) setOpen(false);
      else onLeave();
    }
  };

  return (
    <div className={styles.combobox}>
      <label htmlFor={inputId} className={styles.fieldLabel}>
        <kbd>l</kbd> {t('triage.field.lead')}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
        autoComplete="off"
        placeholder={t('triage.field.leadPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 && (
        <div
          id={listId}
          role="listbox"
          aria-label={t('triage.field.lead')}
          className={styles.options}
        >
          {options.map((actor) => (
            <div
              key={actor.id}
              id={`${listId}-${actor.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={actor === activeOption}
              className={styles.option}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(actor);
              }}
            >
              {actorLabel(actor)}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
