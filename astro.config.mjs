// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readCampaign, readSettings } from './src/lib/settings.ts';
import { sidIntegration } from './src/integration.ts';
import { createHash } from 'node:crypto';

/** @param {string} dir */
const contentKey = (dir) => createHash('sha256').update(dir).digest('hex').slice(0, 12);

const settings = readSettings(process.env, process.cwd());
const campaign = readCampaign(settings);

export default defineConfig({
  // One cache per content folder: fixture builds and the sample do not overwrite each other's data store.
  cacheDir: `node_modules/.astro/${contentKey(settings.contentDir)}`,
  site: campaign.site,
  // `npm run build` builds into a fresh folder and swaps it in, so a failed build leaves dist/ as it was.
  outDir: process.env.SID_OUT_DIR || 'dist',
  trailingSlash: 'ignore',
  // `preserve`: `[locale]/events/[slug]/index.astro` → /<l>/events/<slug>/, `[locale]/404.astro` → /<l>/404.html.
  build: { format: 'preserve' },
  integrations: [sidIntegration(settings, campaign), mdx()],
  devToolbar: { enabled: false },
});
