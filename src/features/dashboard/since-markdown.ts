import type { SinceSummary, SummarySection } from '../../domain/dashboard/since-summary';
import { escapeMarkdownLine } from '../../domain/formats/markdown-escape';
import type { I18n } from '../../i18n/i18n-context';

/** What the Markdown names: each card by its title, each column by its name. */
export interface SinceNames {
  card: (cardId: string) => string;
  column: (columnId: string) => string;
}

type Words = Pick<I18n, 't' | 'formatDate' | 'formatInstant'>;

function lines(section: SummarySection, names: SinceNames, words: Words): string[] {
  const { t, formatDate } = words;
  // Titles are free text: a `*`, a `[` or a leading "1." must not turn the minutes into markup.
  const card = (id: string) => escapeMarkdownLine(names.card(id));
  const column = (id: string) => escapeMarkdownLine(names.column(id));
  switch (section.kind) {
    case 'moved':
      return section.byColumn.flatMap(({ toColumnId, moves }) =>
        moves.map((move) =>
          t('dashboard.since.md.moved', {
            card: card(move.cardId),
            from: column(move.fromColumnId),
            to: column(toColumnId),
            date: formatDate(move.at.slice(0, 10)),
          }),
        ),
      );
    case 'notes':
      return section.byCard.map(({ cardId, noteIds }) =>
        t('dashboard.since.md.notes', { card: card(cardId), count: noteIds.length }),
      );
    case 'newly_overdue':
      return section.cards.map(({ cardId, dueDate }) =>
        t('dashboard.since.md.overdue', { card: card(cardId), date: formatDate(dueDate) }),
      );
    case 'new_cards':
      return section.byColumn.flatMap(({ columnId, cardIds }) =>
        cardIds.map((id) =>
          t('dashboard.since.md.new', { card: card(id), column: column(columnId) }),
        ),
      );
  }
}

/** The "since the last meeting" summary as Markdown for the minutes, every section listed. */
export function sinceMarkdown(summary: SinceSummary, names: SinceNames, words: Words): string {
  const { t, formatDate } = words;
  const out = [
    `## ${t('dashboard.since.md.title', { since: formatDate(summary.since), today: formatDate(summary.today) })}`,
  ];
  for (const section of summary.sections) {
    out.push(
      '',
      `### ${t(`dashboard.since.section.${section.kind}`, { count: section.figure.count })}`,
      '',
    );
    const items = lines(section, names, words);
    if (items.length === 0) out.push(`- ${t('dashboard.since.nothing')}`);
    for (const item of items) out.push(`- ${item}`);
  }
  return `${out.join('\n')}\n`;
}
