/**
 * `npm run build`: builds the site into a fresh folder beside the target and swaps it in only when
 * the build succeeded, so a failed build (bad content) leaves the previous `dist/` as it was.
 * The target is `SID_OUT_DIR` (default `dist`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(root, process.env['SID_OUT_DIR'] || 'dist');
const fresh = `${target}.building-${process.pid}`;
const previous = `${target}.previous-${process.pid}`;
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

rmSync(fresh, { recursive: true, force: true });
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SID_OUT_DIR: fresh, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
  rmSync(fresh, { recursive: true, force: true });
  console.error(`\nThe build failed; ${path.relative(root, target) || target} was left as it was.`);
  process.exit(result.status ?? 1);
}

if (existsSync(target)) renameSync(target, previous);
renameSync(fresh, target);
rmSync(previous, { recursive: true, force: true });
