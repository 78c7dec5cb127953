import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACTORS } from '../../domain/taxonomy';
import type { Workshop } from '../../domain/workshop';
import { matchingWorkshop, matchOrganisers } from './workshop-match';

const workshop = (id: string, title: string, date: string): Workshop => ({
  id,
  boardId: 'b',
  title,
  date,
  place: '',
  organiserIds: [],
  kind: 'workshop',
  sourceRef: '',
  notes: '',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  deletedAt: null,
});

describe('the workshop a report is about', () => {
  const workshops = [
    workshop('w1', 'Technical Working Group Meeting on Strategy Papers', '2017-06-20'),
    workshop('w2', 'Enriching Migration Cycle', '2020-02-24'),
  ];
  const header = { title: null, date: null, place: null, organisers: [] };

  it('is a board workshop of the same title, or of the same day and a like title', () => {
    expect(
      matchingWorkshop({ ...header, title: 'enriching migration  cycle' }, workshops)?.id,
    ).toBe('w2');
    expect(
      matchingWorkshop(
        {
          ...header,
          title: 'Technical Working Group Meeting held on Strategy Papers',
          date: '2017-06-20',
        },
        workshops,
      )?.id,
    ).toBe('w1');
    expect(
      matchingWorkshop({ ...header, title: 'Technical Working Group Meeting' }, workshops),
    ).toBeNull();
  });

  it('names organisers by abbreviation or full name, and says which it could not', () => {
    expect(
      matchOrganisers(
        ['International Organization for Migration (IOM)', 'ILO', 'Friends of Migrants', 'IOM'],
        BUILT_IN_ACTORS,
      ),
    ).toEqual({ actorIds: ['iom', 'ilo'], unmatched: ['Friends of Migrants'] });
  });
});
