/**
 * `npm run map:draw`: writes the world map's land (`src/events/world-land.svg`) from the Natural
 * Earth shapes in `world-atlas`, after that package or the map's projection changed.
 * `src/events/map.test.ts` fails until it has been run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAND_FILE, landSvg } from '#src/events/map.ts';

const file = fileURLToPath(LAND_FILE);
const shown = path.relative(process.cwd(), file);
const after = landSvg();
let before = '';
try {
  before = readFileSync(file, 'utf8');
} catch {
  // Not drawn yet: written below.
}
if (after === before) {
  console.log(`${shown}: the map's land is up to date.`);
} else {
  writeFileSync(file, after);
  console.log(`${shown}: the map's land was drawn again from world-atlas.`);
}
