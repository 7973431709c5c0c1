import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listEntryFiles, localeEntryFiles, OUTSIDE_LINK } from './entry-files.ts';

let contentDir: string;
let reports: string[];
const report = (file: string, message: string): void => void reports.push(`${path.relative(contentDir, file)} ${message}`);

function write(file: string): void {
  mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
  writeFileSync(path.join(contentDir, file), '---\ntitle: Hi\n---\n');
}

beforeEach(() => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'sid-entry-files-'));
  reports = [];
});

afterEach(() => {
  rmSync(contentDir, { recursive: true, force: true });
});

describe('listEntryFiles', () => {
  it('lists the entries of each locale, and nothing for a locale that has no folder yet', () => {
    write('en/events/dublin.mdx');
    write('en/videos/stop-think.mdx');
    const files = listEntryFiles(contentDir, ['en', 'sw'], report);
    expect(files.map((entry) => `${entry.locale}/${entry.kind}/${entry.slug}`)).toEqual(['en/events/dublin', 'en/videos/stop-think']);
    expect(reports).toEqual([]);
    expect(localeEntryFiles(contentDir, 'sw', report)).toEqual([]);
  });

  it('reports a folder for a locale the campaign does not have, and a misspelt kind, with a guess', () => {
    write('en/event/dublin.mdx');
    write('fe/events/paris.mdx');
    expect(listEntryFiles(contentDir, ['en', 'fr'], report)).toEqual([]);
    expect(reports).toEqual([
      "en/event is not a kind of entry; the folders are events, workshops, videos, hashtags, partners, pages (did you mean 'events'?)",
      "fe is a folder for locale 'fe', which is not in `locales` in campaign.yaml; did you mean 'fr'?",
    ]);
  });

  it('reports a locale folder that links outside the content folder, and lists nothing from it', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'sid-outside-'));
    mkdirSync(path.join(outside, 'events'));
    writeFileSync(path.join(outside, 'events/secret.mdx'), '---\ntitle: Secret\n---\n');
    symlinkSync(outside, path.join(contentDir, 'en'));
    try {
      expect(listEntryFiles(contentDir, ['en'], report)).toEqual([]);
      expect(reports).toEqual([`en ${OUTSIDE_LINK}`]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
