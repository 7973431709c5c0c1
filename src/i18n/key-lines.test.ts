import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyLines } from './key-lines.ts';

describe('keyLines', () => {
  it('finds the line of every key, nested keys dotted', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-keylines-'));
    const file = path.join(dir, 'common.json');
    writeFileSync(file, '{\n  "nav": {\n    "home": "Home, \\"sweet\\" home",\n    "events": "Events"\n  },\n  "more": "See: all"\n}\n');
    expect(Object.fromEntries(keyLines(file))).toEqual({ nav: 2, 'nav.home': 3, 'nav.events': 4, more: 6 });
  });
});
