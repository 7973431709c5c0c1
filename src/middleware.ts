/**
 * While a build renders the pages, hands each HTML page to the search index as it is rendered
 * (`lib/search-index.ts`). The dev server and every other response pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { indexRenderedPage } from './lib/search-index.ts';
import { buildingSite } from './lib/build-state.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!buildingSite() || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  indexRenderedPage(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
