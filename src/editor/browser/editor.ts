/**
 * The script of the editor page (`/admin/`): Sveltia CMS from its npm package, started by hand.
 * It reads its configuration from the file the page names (`<link rel="cms-config-url">`), which
 * the build writes beside the page from the schemas (`src/editor/config.ts`).
 */
import CMS from '@sveltia/cms';

await CMS.init();
