/**
 * `npm run lock:complete`: the npm registry this project is built from lacks some other platforms'
 * builds of a few packages (e.g. `@pagefind/darwin-arm64@1.6.0`), so `npm install` leaves them out
 * of package-lock.json, and `npm ci` then refuses the lock ("Missing: … from lock file"). This adds
 * the missing optional platform packages as entries for their own os/cpu only; `npm ci` skips them
 * on every other machine, so nothing is downloaded. Run it after any `npm install` that changes the lock.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const OS: Record<string, string> = {
  android: 'android',
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
};
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'];

/** The os, cpu and libc that a platform package's name says it is for. */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  const parts = (name.split('/').at(-1) ?? '').split('-');
  const os = parts.map((part) => OS[part]).find((value) => value !== undefined);
  const cpu = parts.find((part) => CPU.includes(part));
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
  return {
    ...(os === undefined ? {} : { os: [os] }),
    ...(cpu === undefined ? {} : { cpu: [cpu] }),
    ...(libc === undefined ? {} : { libc: [libc] }),
  };
}

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const [at, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${at === '' ? '' : `${at}/`}node_modules/${name}`;
    if (lock.packages[nested] !== undefined || lock.packages[`node_modules/${name}`] !== undefined) continue;
    lock.packages[`node_modules/${name}`] = { version, optional: true, ...platformOf(name) };
    added.push(`${name}@${version}`);
  }
}
const [rootEntry, ...rest] = Object.entries(lock.packages);
lock.packages = Object.fromEntries([
  ...(rootEntry === undefined ? [] : [rootEntry]),
  ...rest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
]);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length === 0 ? 'package-lock.json is complete.' : `Added to package-lock.json: ${added.join(', ')}`);
