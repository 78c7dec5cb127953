import { describe, expect, it } from 'vitest';
import { testCard } from '../../domain/find/test-card';
import { cellValue, cellWrite } from './cell-write';

const TRIAGE = '01900000-0000-7000-8000-0000000000c1';
const DONE = '01900000-0000-7000-8000-0000000000c3';
const card = testCard({ columnId: TRIAGE, actorIds: ['moewoe'], dueDate: '2027-03-01' });
const columns = { [TRIAGE]: [card.id], [DONE]: ['a', 'b'] };

describe('cellWrite', () => {
  it('moves a card to the end of another column, after its last card', () => {
    expect(cellWrite(card, 'column', DONE, columns)).toEqual({
      kind: 'move',
      move: { id: card.id, toColumnId: DONE, afterId: 'b', beforeId: null },
    });
  });

  it('writes nothing for an unchanged value or an unknown column', () => {
    expect(cellWrite(card, 'column', TRIAGE, columns)).toBeNull();
    expect(cellWrite(card, 'dueDate', '2027-03-01', columns)).toBeNull();
    expect(cellWrite(card, 'column', 'gone', columns)).toBeNull();
  });

  it('patches a due date, clears it when empty, and refuses a date that does not exist', () => {
    expect(cellWrite(card, 'dueDate', '2027-04-15', columns)).toEqual({
      kind: 'patch',
      patch: { dueDate: '2027-04-15' },
    });
    expect(cellWrite(card, 'dueDate', '', columns)).toEqual({
      kind: 'patch',
      patch: { dueDate: null },
    });
    expect(cellWrite(card, 'dueDate', '2027-02-31', columns)).toBeNull();
  });

  it('patches the response and priority only with values of their vocabularies', () => {
    expect(cellWrite(card, 'response', 'noted', columns)).toEqual({
      kind: 'patch',
      patch: { response: 'noted' },
    });
    expect(cellWrite(card, 'priority', 'high', columns)).toEqual({
      kind: 'patch',
      patch: { priority: 'high' },
    });
    expect(cellWrite(card, 'priority', 'urgent', columns)).toBeNull();
  });

  it('makes a lead actor from outside the responsible actors one of them', () => {
    expect(cellWrite(card, 'leadActor', 'moewoe', columns)).toEqual({
      kind: 'patch',
      patch: { leadActorId: 'moewoe' },
    });
    expect(cellWrite(card, 'leadActor', 'iom', columns)).toEqual({
      kind: 'patch',
      patch: { leadActorId: 'iom', actorIds: ['moewoe', 'iom'] },
    });
  });

  it('reads the editor value of each editable cell', () => {
    expect(cellValue(card, 'dueDate')).toBe('2027-03-01');
    expect(cellValue(card, 'priority')).toBe('');
    expect(cellValue(card, 'column')).toBe(TRIAGE);
  });
});
