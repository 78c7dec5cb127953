import { describe, expect, it } from 'vitest';
import {
  BANGLA_REPORT_LABELS,
  ENGLISH_REPORT_LABELS,
} from '../domain/formats/fixtures/sample-board';
import type { MarkdownReportLabels } from '../domain/formats/markdown-report';
import bangla from './locales/bn.json';
import englishPages from './locales/en-pages.json';

/** The keys markdownLabels (features/snapshots/export-words.ts) takes each detail word from. */
const KEYS = {
  workshop: 'field.workshopId',
  response: 'field.response',
  lead: 'field.leadActorId',
  due: 'field.dueDate',
  actionItems: 'actions.title',
  stages: 'field.stageIds',
} as const;

describe.each([
  ['English', ENGLISH_REPORT_LABELS, englishPages as Record<string, string>],
  ['Bangla', BANGLA_REPORT_LABELS, bangla as Record<string, string>],
])('the %s report words of the tests', (_, labels: MarkdownReportLabels, messages) => {
  it('are the words the interface writes in a report', () => {
    for (const [detail, key] of Object.entries(KEYS)) {
      expect(labels[detail as keyof typeof KEYS], key).toBe(messages[key]);
    }
  });
});
