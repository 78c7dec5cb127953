import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultViewState, type ViewState } from '../domain/find/view-state';
import { followViewLink, useViewState } from './use-view-state';

const searching = (query: string): ViewState => {
  const view = defaultViewState();
  return { ...view, filter: { ...view.filter, query } };
};

describe('useViewState', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/#/');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows each typed key at once and writes the address once, after the frame', async () => {
    const { result } = renderHook(() => useViewState());
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => result.current.setView(searching('w'), { replace: true }));
    act(() => result.current.setView(searching('wo'), { replace: true }));
    act(() => result.current.setView(searching('wom'), { replace: true }));
    expect(result.current.view.filter.query).toBe('wom');
    expect(window.location.search).toBe('');
    await waitFor(() => expect(window.location.search).toBe('?q=wom'));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe('#/');
  });

  it('writes a pending search before a new history entry, so Back returns to it', async () => {
    const { result } = renderHook(() => useViewState());
    act(() => result.current.setView(searching('bank'), { replace: true }));
    const grouped = { ...searching('bank'), groupBy: 'stage' as const };
    act(() => result.current.setView(grouped));
    expect(window.location.search).toContain('q=bank');
    expect(window.location.search).toContain('stage');
    act(() => window.history.back());
    await waitFor(() => expect(window.location.search).toBe('?q=bank'));
    await waitFor(() => expect(result.current.view.groupBy).toBe('none'));
    expect(result.current.view.filter.query).toBe('bank');
  });

  it('writes a pending search before following a link, so Back returns to it', async () => {
    const { result } = renderHook(() => useViewState());
    act(() => result.current.setView(searching('skills'), { replace: true }));
    act(() => followViewLink('/?stage=return#/'));
    expect(result.current.view.filter.stageIds).toEqual(['return']);
    expect(result.current.view.filter.query).toBe('');
    act(() => window.history.back());
    await waitFor(() => expect(result.current.view.filter.query).toBe('skills'));
    expect(window.location.search).toBe('?q=skills');
  });

  it('keeps a search typed a moment before a route is followed', async () => {
    const { result } = renderHook(() => useViewState());
    act(() => result.current.setView(searching('reintegration'), { replace: true }));
    act(() => {
      window.location.hash = '#/workshops';
      // Fragment navigation fires popstate in browsers; jsdom leaves it to the page.
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(window.location.search).toBe('?q=reintegration');
    expect(window.location.hash).toBe('#/workshops');
    expect(result.current.view.filter.query).toBe('reintegration');
  });
});
