import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { I18n } from '../../i18n/i18n-context';

export interface CardPlace {
  title: string;
  column: string;
  position: number;
  total: number;
}

/**
 * What a screen reader hears during a drag, in the UI language. `placeOf` reads the board as it
 * is at that moment (the local drag order), so positions match what sighted users see.
 */
export function boardAnnouncements(
  t: I18n['t'],
  placeOf: (cardId: string, overId?: string) => CardPlace | null,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const say = (key: Parameters<I18n['t']>[0], cardId: string, overId?: string) => {
    const place = placeOf(cardId, overId);
    return place ? t(key, { ...place }) : undefined;
  };
  return {
    screenReaderInstructions: { draggable: t('dnd.instructions') },
    announcements: {
      onDragStart: ({ active }) => say('dnd.pickedUp', String(active.id)),
      onDragOver: ({ active, over }) =>
        over ? say('dnd.over', String(active.id), String(over.id)) : undefined,
      onDragEnd: ({ active, over }) =>
        over ? say('dnd.dropped', String(active.id), String(over.id)) : undefined,
      onDragCancel: ({ active }) => say('dnd.cancelled', String(active.id)),
    },
  };
}
