import type { HeaderMapping } from '../../domain/formats/csv-header-match';
import { looseKey } from '../../domain/formats/loose-key';

/** A file's set of headers as a key: the same columns, however ordered or cased, map alike. */
export function headerSetKey(headers: readonly string[]): string {
  return [...new Set(headers.map(looseKey))].sort().join('\u001f');
}

/** A remembered mapping, kept only where it still names this file's headers. */
export function rememberedMapping(
  memory: Readonly<Record<string, Record<string, string>>>,
  headers: readonly string[],
): HeaderMapping | null {
  const stored = memory[headerSetKey(headers)];
  if (!stored) return null;
  const mapping: Record<string, string> = {};
  for (const [field, header] of Object.entries(stored)) {
    if (headers.includes(header)) mapping[field] = header;
  }
  return mapping as HeaderMapping;
}
