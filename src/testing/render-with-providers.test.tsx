import { useMutation } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../repositories/repositories';
import { expectNoUnexpectedMutationErrors, recordMutationError } from './mutation-errors';
import { renderWithProviders } from './render-with-providers';
import { createTestDatabase } from './test-database';

function FailingSave() {
  const save = useMutation({ mutationFn: () => Promise.reject(new Error('disk full')) });
  return (
    <button type="button" onClick={() => save.mutate()}>
      {save.isError ? 'Not saved' : 'Save'}
    </button>
  );
}

describe('failed writes in component tests', () => {
  it('are kept for the test to take', async () => {
    const view = renderWithProviders(<FailingSave />, createRepositories(createTestDatabase()));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('button').textContent).toBe('Not saved'));
    expect(view.takeMutationErrors()).toEqual([new Error('disk full')]);
  });

  it('fail the test that leaves one untaken (the check setup-tests.ts runs after each)', () => {
    recordMutationError(new Error('quota exceeded'));
    expect(() => expectNoUnexpectedMutationErrors()).toThrow(
      '1 write(s) failed and the test did not take them (takeMutationErrors): quota exceeded',
    );
    expect(() => expectNoUnexpectedMutationErrors()).not.toThrow();
  });
});
