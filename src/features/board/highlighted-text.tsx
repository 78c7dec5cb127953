import { Fragment, memo } from 'react';
import { highlightRanges } from '../../domain/find/highlight';

/**
 * Text with the search's words marked: React text and <mark> elements, never HTML, so card
 * text from an imported file cannot inject anything. A range never splits a character or a
 * Bengali conjunct (see highlightRanges).
 */
export const HighlightedText = memo(function HighlightedText({
  text,
  query,
}: {
  text: string;
  query: string | undefined;
}) {
  const ranges = query ? highlightRanges(text, query) : [];
  if (ranges.length === 0) return text;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
});
