/** How many of a card's action items are done: counted when read, never stored. */
export interface ActionProgress {
  done: number;
  total: number;
}
