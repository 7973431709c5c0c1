import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFiles, inputsDigest } from './inputs-digest.ts';

describe('inputsDigest', () => {
  const campaign = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-digest-'));
    mkdirSync(path.join(dir, 'en/events'), { recursive: true });
    mkdirSync(path.join(dir, 'fr/events'), { recursive: true });
    writeFileSync(path.join(dir, 'campaign.yaml'), 'name: SID\n');
    writeFileSync(path.join(dir, 'en/events/a.mdx'), '---\ntitle: A\n---\n');
    writeFileSync(path.join(dir, 'fr/events/a.mdx'), '---\ntitle: Un A\n---\n');
    for (const file of ['campaign.yaml', 'en/events/a.mdx', 'fr/events/a.mdx'])
      utimesSync(path.join(dir, file), new Date('2020-01-01'), new Date('2020-01-01'));
    return dir;
  };
  const digestOf = (dirs: string[], changes = new Map<string, number>()) => inputsDigest(inputFiles(dirs, changes));

  it('is the same for the same files, wherever the folder is', () => {
    expect(digestOf([campaign()])).toBe(digestOf([campaign()]));
  });

  it('changes with a file’s bytes, its time of last change, or a new file', () => {
    const dir = campaign();
    const before = digestOf([dir]);
    const file = path.join(dir, 'en/events/a.mdx');
    expect(digestOf([dir], new Map([[file, 1]]))).not.toBe(before);
    utimesSync(file, new Date('2020-01-02'), new Date('2020-01-02'));
    expect(digestOf([dir])).not.toBe(before);
    const other = campaign();
    writeFileSync(path.join(other, 'en/events/a.mdx'), '---\ntitle: B\n---\n');
    utimesSync(path.join(other, 'en/events/a.mdx'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(digestOf([other])).not.toBe(before);
    const added = campaign();
    writeFileSync(path.join(added, 'en/events/b.mdx'), '');
    expect(digestOf([added])).not.toBe(before);
  });

  it('counts the names of the files it leaves out, not their contents', () => {
    const notFrench = (file: { name: string }) => !file.name.startsWith('fr/');
    const dir = campaign();
    const before = inputsDigest(inputFiles([dir], new Map()), notFrench);
    writeFileSync(path.join(dir, 'fr/events/a.mdx'), '---\ntitle: Un autre A\n---\n');
    expect(inputsDigest(inputFiles([dir], new Map()), notFrench)).toBe(before);
    writeFileSync(path.join(dir, 'fr/events/b.mdx'), '');
    expect(inputsDigest(inputFiles([dir], new Map()), notFrench)).not.toBe(before);
  });
});
