import type { ColumnKind } from './column';

export interface DefaultColumn {
  key: DefaultColumnKey;
  id: string;
  name: string;
  kind: ColumnKind;
}

export type DefaultColumnKey =
  | 'triage'
  | 'accepted'
  | 'in_progress'
  | 'partial'
  | 'implemented'
  | 'noted';

/**
 * The columns a new board starts with, after the implementation statuses trackers use
 * (taxonomy.json `status_practice`). Fixed ids so the sample data and every device agree.
 * Names are the board's data from then on: users rename them freely.
 */
export const DEFAULT_COLUMNS: readonly DefaultColumn[] = [
  { key: 'triage', id: '01900000-0000-7000-8000-00000000c001', name: 'To triage', kind: 'triage' },
  {
    key: 'accepted',
    id: '01900000-0000-7000-8000-00000000c002',
    name: 'Accepted – not started',
    kind: 'open',
  },
  {
    key: 'in_progress',
    id: '01900000-0000-7000-8000-00000000c003',
    name: 'In progress',
    kind: 'open',
  },
  {
    key: 'partial',
    id: '01900000-0000-7000-8000-00000000c004',
    name: 'Partially implemented',
    kind: 'open',
  },
  {
    key: 'implemented',
    id: '01900000-0000-7000-8000-00000000c005',
    name: 'Implemented',
    kind: 'done',
  },
  {
    key: 'noted',
    id: '01900000-0000-7000-8000-00000000c006',
    name: 'Noted / not accepted',
    kind: 'closed',
  },
];

export function defaultColumnId(key: DefaultColumnKey): string {
  const column = DEFAULT_COLUMNS.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`Unknown default column ${key}`);
  return column.id;
}
