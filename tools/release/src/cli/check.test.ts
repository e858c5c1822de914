import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './check.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('run.ts check', () => {
  it('refuses an unknown gate with exit 2, naming it terminal-safe and listing the gates', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => {
      errors.push(String(line));
    });
    expect(await main(['hygiene', 'nope\u001b[2J', 'c1\u009b2J'])).toBe(2);
    expect(errors).toEqual([
      'Unknown gate "nope\\u001b[2J", "c1\\u009B2J"; the gates are: workflows, keys, changesets, hygiene, size, consumer, peer-floor, newest-peers, rehearsal.',
    ]);
  });
});
