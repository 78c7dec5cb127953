import { RESPONSES, type Response } from '../response';
import type { DashboardCard } from './dashboard-input';
import { addCard, emptyFigure, type Figure } from './figure';

/** Cards by the response to them (awaiting, accepted, in part, noted, not applicable). */
export type ResponseFigures = Record<Response, Figure>;

export function responseFigures(cards: readonly DashboardCard[]): ResponseFigures {
  const figures = Object.fromEntries(
    RESPONSES.map((response) => [response, emptyFigure()]),
  ) as ResponseFigures;
  for (const card of cards) addCard(figures[card.response], card.id);
  return figures;
}
