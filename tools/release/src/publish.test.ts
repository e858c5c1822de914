import { describe, expect, it } from 'vitest';
import { provenanceWanted, publishArguments } from './publish.ts';

describe('publishArguments', () => {
  it('publishes every public package of the workspace, with provenance when asked', () => {
    expect(publishArguments(true)).toEqual([
      'publish',
      '--recursive',
      '--access',
      'public',
      '--no-git-checks',
      '--report-summary',
      '--provenance',
    ]);
    expect(publishArguments(false)).not.toContain('--provenance');
  });
});

describe('provenanceWanted', () => {
  it('is on unless NPM_CONFIG_PROVENANCE (either case) says false', () => {
    expect(provenanceWanted({})).toBe(true);
    expect(provenanceWanted({ NPM_CONFIG_PROVENANCE: 'true' })).toBe(true);
    expect(provenanceWanted({ NPM_CONFIG_PROVENANCE: 'false' })).toBe(false);
    expect(provenanceWanted({ npm_config_provenance: ' FALSE ' })).toBe(false);
  });
});
