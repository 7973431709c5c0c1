/**
 * The sample campaign built a second time, the way a host rebuilds unchanged content: the same
 * files, byte for byte (pages, share images, images, calendar files and the search index), so a
 * deploy uploads nothing and caches stay valid. The fixtures' builds are compared too
 * (`tests/build/`), but they are too small to show a difference in the order pages finish
 * rendering, which the sample's hundreds of pages do.
 */
import { describe, expect, inject, it } from 'vitest';
import { digest } from '../build/build-fixture.ts';
import { buildSample } from './build-sample.ts';

describe('a second build of the sample', () => {
  it('gives the same site, byte for byte', async () => {
    // The global set-up's build (not `SID_E2E_SITE`, which may have been built at another time).
    const provided = inject('sidSiteDir');
    const own = typeof provided === 'string' && provided !== '' ? undefined : await buildSample();
    // Every page rendered again (`--force`), not copied from the first build by the incremental build.
    const second = await buildSample(['--force']);
    try {
      expect(digest(second.dir)).toEqual(digest(own?.dir ?? provided));
    } finally {
      await Promise.all([second.remove(), own?.remove()]);
    }
  }, 240_000);
});
