import { describe, expect, it } from 'vitest';
import { isActionList, isTopicName, opensWithAction } from './list-shape';

describe('list shape', () => {
  it.each(['Migration and Poverty Reduction', 'Migration, Social Protection and Rights'])(
    'takes "%s" for a topic name',
    (text) => {
      expect(isTopicName(text)).toBe(true);
    },
  );

  it.each(['Strengthen Migrant Resource Centres', 'Labour attachés should visit workers'])(
    'does not take "%s" for a topic name',
    (text) => {
      expect(isTopicName(text)).toBe(false);
    },
  );

  it.each([
    'Build alliances with unions',
    'Creating an enabling environment abroad',
    'Importance of skills training',
    'Utilization of smart cards',
    'Adherence to international instruments',
  ])('reads "%s" as an action', (text) => {
    expect(opensWithAction(text)).toBe(true);
  });

  it.each(['Welcome address', 'Migrants face high costs', 'Dr. Rahman, BMET'])(
    'does not read "%s" as an action',
    (text) => {
      expect(opensWithAction(text)).toBe(false);
    },
  );

  it('calls a list of mostly actions a list of actions', () => {
    expect(isActionList(['Collate evidence', 'Build alliances', 'Provide analysis'])).toBe(true);
    expect(isActionList(['Migration and Poverty Reduction', 'Migration and Climate Change'])).toBe(
      false,
    );
    expect(isActionList(['Build alliances'])).toBe(false);
  });
});
