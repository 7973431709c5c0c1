import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFolder } from './files.ts';

describe('replaceFolder', () => {
  it('leaves what was filled in, nothing of the folder before, and nothing beside it', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'sid-replace-'));
    const folder = path.join(parent, 'cache');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'old.json'), '{}');
    replaceFolder(folder, (fresh) => {
      writeFileSync(path.join(fresh, 'new.json'), '{}');
    });
    expect(readdirSync(folder)).toEqual(['new.json']);
    expect(readdirSync(parent)).toEqual(['cache']);
  });

  it('makes the folder even when nothing is filled in, and keeps the old one when filling fails', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'sid-replace-'));
    const folder = path.join(parent, 'cache');
    replaceFolder(folder, () => undefined);
    expect(existsSync(folder)).toBe(true);
    writeFileSync(path.join(folder, 'kept.json'), '{}');
    expect(() => {
      replaceFolder(folder, () => {
        throw new Error('stopped half-way');
      });
    }).toThrow('stopped half-way');
    expect(readdirSync(folder)).toEqual(['kept.json']);
  });
});
