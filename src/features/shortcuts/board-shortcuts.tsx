import { useState } from 'react';
import { useCardLifecycle } from '../../queries/card-queries';
import { useDeviceSettings } from '../../queries/settings-queries';
import { ShortcutsButton } from './shortcuts-button';
import { ShortcutsHelp } from './shortcuts-help';
import { useShortcuts } from './use-shortcuts';

interface BoardShortcutsProps {
  /** The id of the search box `/` focuses. */
  searchBoxId: string;
  onTriage: () => void;
  /** Opens the card editor on a new card; the shortcut is off until the shell passes it. */
  onNewCard?: () => void;
}

/** The card the keyboard is on, named by the board's `data-card-id`. */
function focusedCardId(): string | undefined {
  const active = document.activeElement;
  const card = active instanceof HTMLElement ? active.closest<HTMLElement>('[data-card-id]') : null;
  return card?.dataset.cardId;
}

/**
 * The board page's global shortcuts, and the `?` help with its button. Moving the focus,
 * opening and moving a card belong to the board's own keys; archiving is handled here, on
 * whichever card has the focus.
 */
export function BoardShortcuts({ searchBoxId, onTriage, onNewCard }: BoardShortcutsProps) {
  const [helpOpen, setHelpOpen] = useState(false);
  const { mutate: changeLifecycle } = useCardLifecycle();
  const singleKeys = useDeviceSettings().data?.singleKeyShortcuts ?? true;
  useShortcuts(
    {
      search: () => document.getElementById(searchBoxId)?.focus(),
      triage: onTriage,
      help: () => setHelpOpen(true),
      new_card: onNewCard,
      archive_card: () => {
        const id = focusedCardId();
        if (id) changeLifecycle({ id, action: 'archive' });
      },
    },
    singleKeys,
  );
  return (
    <>
      <ShortcutsButton onOpen={() => setHelpOpen(true)} />
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
