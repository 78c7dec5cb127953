import type { KeyboardEvent } from 'react';

const CARD = 'article[data-card-id]';
const ITEM = 'li[data-card-item]';
const COLUMN = 'section[data-column-kind]';

export interface CardKeyActions {
  /** A keyboard drag owns the arrows while it lasts. */
  dragging: () => boolean;
  open: (cardId: string) => void;
  moveTo: (cardId: string) => void;
  select: (cardId: string, range: boolean) => void;
}

type Step = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

const STEPS: Record<string, Step> = {
  ArrowUp: 'up',
  k: 'up',
  ArrowDown: 'down',
  j: 'down',
  ArrowLeft: 'left',
  h: 'left',
  ArrowRight: 'right',
  l: 'right',
  Home: 'first',
  End: 'last',
};

/**
 * The board's keys on a focused card: arrows (or j/k/h/l) move the focus between cards and
 * columns, Home and End to a column's ends; on the card itself Enter (or o) opens it, m moves
 * it, Space (or x) selects it. Focus moves in the DOM, so every column keeps one Tab stop.
 */
export function onCardKeyDown(event: KeyboardEvent<HTMLElement>, actions: CardKeyActions): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (actions.dragging()) return;
  const target = event.target as HTMLElement;
  if (target.matches('input, textarea, select, [contenteditable]')) return;
  const card = target.closest<HTMLElement>(CARD);
  const cardId = card?.dataset.cardId;
  if (!card || !cardId) return;
  const step = event.shiftKey ? undefined : STEPS[event.key];
  if (step) {
    event.preventDefault();
    moveFocus(card, step);
    return;
  }
  // The card's own keys: on its buttons, Enter and Space keep their usual meaning.
  if (target !== card && !target.closest('h3')) return;
  const key = event.key;
  if ((key === 'Enter' || key === 'o') && !event.shiftKey) actions.open(cardId);
  else if (key === 'm' && !event.shiftKey) actions.moveTo(cardId);
  else if (key === ' ' || key === 'x' || key === 'X') actions.select(cardId, event.shiftKey);
  else return;
  event.preventDefault();
}

function moveFocus(card: HTMLElement, step: Step): void {
  const item = card.closest<HTMLElement>(ITEM);
  const column = card.closest<HTMLElement>(COLUMN);
  if (!item || !column) return;
  const index = Number(item.dataset.index ?? 0);
  if (step === 'left' || step === 'right') {
    const target = neighbourColumn(column, step === 'left' ? -1 : 1);
    if (target) focusNear(target, index);
    return;
  }
  const size = Number(item.getAttribute('aria-setsize') ?? 0);
  const wanted =
    step === 'first' ? 0 : step === 'last' ? size - 1 : index + (step === 'up' ? -1 : 1);
  if (wanted < 0 || wanted >= size || wanted === index) return;
  focusIndex(column, wanted);
}

/** The next column of the same lane that has cards, towards `direction`. */
function neighbourColumn(column: HTMLElement, direction: -1 | 1): HTMLElement | undefined {
  const lane = column.dataset.lane;
  const scope = column.closest('[data-lanes-scroller]') ?? document;
  const columns = [...scope.querySelectorAll<HTMLElement>(COLUMN)].filter(
    (other) => other.dataset.lane === lane,
  );
  for (let at = columns.indexOf(column) + direction; at >= 0 && at < columns.length; ) {
    const candidate = columns[at];
    if (candidate?.querySelector(CARD)) return candidate;
    at += direction;
  }
  return undefined;
}

function focusCard(item: Element | null | undefined): boolean {
  const card = item?.querySelector<HTMLElement>(CARD);
  if (!card) return false;
  card.focus();
  card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return true;
}

/** The card at `index` in another column, or the nearest one it renders. */
function focusNear(column: HTMLElement, index: number): void {
  const items = [...column.querySelectorAll<HTMLElement>(ITEM)];
  const nearest = items.reduce<HTMLElement | undefined>((best, item) => {
    const distance = (candidate: HTMLElement) =>
      Math.abs(Number(candidate.dataset.index ?? 0) - index);
    return !best || distance(item) < distance(best) ? item : best;
  }, undefined);
  focusCard(nearest);
}

/**
 * A virtualised column renders only the cards in view: a card not rendered yet is scrolled
 * towards, and focused once the list has rendered it (two frames later).
 */
function focusIndex(column: HTMLElement, index: number): void {
  const find = () => column.querySelector(`${ITEM}[data-index="${index}"]`);
  if (focusCard(find())) return;
  const scroller = column.querySelector<HTMLElement>('[data-virtual]');
  if (!scroller) return;
  const first = Number(column.querySelector<HTMLElement>(ITEM)?.dataset.index ?? 0);
  scroller.scrollTop =
    index === 0
      ? 0
      : index < first
        ? scroller.scrollTop - scroller.clientHeight / 2
        : index >= Number(column.querySelector(ITEM)?.getAttribute('aria-setsize')) - 1
          ? scroller.scrollHeight
          : scroller.scrollTop + scroller.clientHeight / 2;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (!focusCard(find())) focusNear(column, index);
    }),
  );
}
