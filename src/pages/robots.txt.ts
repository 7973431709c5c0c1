/**
 * `/robots.txt`: everything may be crawled but the editor (`/admin/`, when the campaign has one);
 * the sitemap index says where every page is.
 */
import type { APIRoute } from 'astro';
import { EDITOR_FOLDER } from '#src/editor/page.ts';
import { getSite } from '#src/site/site.ts';
import { absoluteUrl } from '#src/site/urls.ts';

export const GET: APIRoute = () => {
  const { campaign } = getSite();
  const editor = campaign.editor === undefined ? '' : `Disallow: /${EDITOR_FOLDER}/\n`;
  return new Response(`User-agent: *\nAllow: /\n${editor}\nSitemap: ${absoluteUrl('/sitemap-index.xml', campaign.site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
