/*
 * What a person reads on the screen, as plain values a test can compare: Testing Library's
 * queries only say that an element exists, and jest-dom's matchers are not set up here.
 */

/** The description a screen reader reads with `element`: its hint and error, in order. */
export function descriptionOf(element: Element): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
    .filter(Boolean)
    .join(' ');
}

/** Each body row of `table` as the text of its first `columns` cells (header cell included). */
export function tableRows(table: Element, columns: number): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].slice(0, columns).map((cell) => cell.textContent ?? ''),
  );
}

/** The terms of the description lists in `container`, each with its description's text. */
export function definitions(container: Element): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const term of container.querySelectorAll('dt')) {
    const description = term.nextElementSibling;
    if (description?.tagName === 'DD')
      pairs[term.textContent ?? ''] = description.textContent ?? '';
  }
  return pairs;
}
