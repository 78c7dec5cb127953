import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale-choice';

describe('pickLocale', () => {
  it('takes the first of the browser languages Recboard speaks', () => {
    expect(pickLocale(null, ['bn-BD', 'en-US'])).toBe('bn');
    expect(pickLocale(null, ['fr-FR', 'bn', 'en'])).toBe('bn');
    expect(pickLocale(null, ['en-GB', 'bn'])).toBe('en');
    expect(pickLocale(null, ['fr-FR', 'de'])).toBe('en');
  });

  it('prefers what this device remembers, ignoring a value it does not know', () => {
    expect(pickLocale('en', ['bn-BD'])).toBe('en');
    expect(pickLocale('bn', ['en-US'])).toBe('bn');
    expect(pickLocale('xx', ['bn-IN'])).toBe('bn');
  });
});
