/// <reference lib="webworker" />
import { type SortOrderRequest, sortedOrder } from '../domain/find/sort';
import { serveRequests } from '../lib/worker-rpc';

/*
 * Sorts a large table off the main thread: at 10,000 titles the collator's comparisons are
 * one task of about 150 ms, at 50,000 about 700 ms. The page sends each card's sort value and
 * gets back the cards' order as indexes.
 */
serveRequests<SortOrderRequest, Uint32Array>(self, ({ values, direction, locale }) =>
  Uint32Array.from(sortedOrder(values, direction, locale)),
);
