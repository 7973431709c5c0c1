/**
 * `npm run docs:fields`: rewrites the fields tables of `docs/content.md` (between the
 * `<!-- fields:start -->` and `<!-- campaign-fields:start -->` markers and their ends) from the
 * schemas, after a field or its description changed. `src/schemas/fields-table.test.ts` fails until
 * it has been run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedBlocks, withBlocks } from '#src/schemas/fields-table.ts';

const file = path.resolve(import.meta.dirname, '../docs/content.md');
const before = readFileSync(file, 'utf8');
const after = withBlocks(before, generatedBlocks());
const shown = path.relative(process.cwd(), file);
if (after === before) {
  console.log(`${shown}: the fields tables are up to date.`);
} else {
  writeFileSync(file, after);
  console.log(`${shown}: the fields tables were rewritten from the schemas.`);
}
