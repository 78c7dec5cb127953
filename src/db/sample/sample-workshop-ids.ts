/**
 * The ids of the sample workshops, apart from their content: telling sample data from the
 * user's own must not load the whole sample board (it is fetched only when a board is created).
 */
export const SAMPLE_WORKSHOP_IDS: ReadonlySet<string> = new Set([
  '01900000-0000-7000-8000-0000000a0001',
  '01900000-0000-7000-8000-0000000a0002',
  '01900000-0000-7000-8000-0000000a0003',
  '01900000-0000-7000-8000-0000000a0004',
  '01900000-0000-7000-8000-0000000a0005',
  '01900000-0000-7000-8000-0000000a0006',
  '01900000-0000-7000-8000-0000000a0007',
  '01900000-0000-7000-8000-0000000a0008',
]);
