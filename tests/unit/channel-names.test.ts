import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channels } from '../../src/shared/api';
import { CHANNEL_NAMES } from '../../src/shared/api/channel-names';
import { CHANNEL_NAMES_FILE, channelNamesSource } from '../../scripts/gen-channel-names';

describe('the channel names the preload exposes', () => {
  it('are exactly the contract’s channels (after a change: npx tsx scripts/gen-channel-names.ts)', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...channels].sort());
    expect(fs.readFileSync(CHANNEL_NAMES_FILE, 'utf8')).toBe(channelNamesSource());
  });

  it('keep the contract out of the preload: its source imports the names and types only', () => {
    const preload = fs.readFileSync(new URL('../../src/preload/index.ts', import.meta.url), 'utf8');
    const imports = [...preload.matchAll(/^import (type )?.* from '([^']+)';$/gm)].map((m) => `${m[1] ?? ''}${m[2]}`);
    expect(imports).toEqual(['electron', 'type ../shared/api', '../shared/api/channel-names', '../shared/navigation']);
  });
});
