// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readCampaign, readSettings } from './src/lib/settings.ts';
import { sidIntegration } from './src/integration.ts';

const settings = readSettings(process.env, process.cwd());
const campaign = readCampaign(settings);

export default defineConfig({
  site: campaign.site,
  // `npm run build` builds into a fresh folder and swaps it in, so a failed build leaves dist/ as it was.
  outDir: process.env.SID_OUT_DIR || 'dist',
  trailingSlash: 'ignore',
  // `preserve`: `[locale]/events/[slug]/index.astro` → /<l>/events/<slug>/, `[locale]/404.astro` → /<l>/404.html.
  build: { format: 'preserve' },
  integrations: [sidIntegration(settings, campaign), mdx()],
  devToolbar: { enabled: false },
});
