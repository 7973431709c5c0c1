import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsDigest } from './inputs-digest.ts';

describe('inputsDigest', () => {
  const campaign = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-digest-'));
    mkdirSync(path.join(dir, 'en/events'), { recursive: true });
    writeFileSync(path.join(dir, 'campaign.yaml'), 'name: SID\n');
    writeFileSync(path.join(dir, 'en/events/a.mdx'), '---\ntitle: A\n---\n');
    for (const file of ['campaign.yaml', 'en/events/a.mdx']) utimesSync(path.join(dir, file), new Date('2020-01-01'), new Date('2020-01-01'));
    return dir;
  };

  it('is the same for the same files, wherever the folder is', () => {
    expect(inputsDigest([campaign()], new Map())).toBe(inputsDigest([campaign()], new Map()));
  });

  it('changes with a file’s bytes, its time of last change, a new file or a missing one', () => {
    const dir = campaign();
    const before = inputsDigest([dir], new Map());
    const file = path.join(dir, 'en/events/a.mdx');
    expect(inputsDigest([dir], new Map([[file, 1]]))).not.toBe(before);
    utimesSync(file, new Date('2020-01-02'), new Date('2020-01-02'));
    expect(inputsDigest([dir], new Map())).not.toBe(before);
    const other = campaign();
    writeFileSync(path.join(other, 'en/events/a.mdx'), '---\ntitle: B\n---\n');
    utimesSync(path.join(other, 'en/events/a.mdx'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(inputsDigest([other], new Map())).not.toBe(before);
    const added = campaign();
    writeFileSync(path.join(added, 'en/events/b.mdx'), '');
    expect(inputsDigest([added], new Map())).not.toBe(before);
    expect(inputsDigest([campaign(), path.join(dir, 'missing')], new Map())).not.toBe(before);
  });
});
