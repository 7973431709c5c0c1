/** `/<l>/og/<route>.png`: the share image of every page below the locale's home (see src/share-images/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImageResponse, routeSharePaths } from '#src/share-images/endpoint.ts';
import type { SharePage } from '#src/share-images/pages.ts';

export const getStaticPaths = (() => routeSharePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SharePage }> = ({ props }) => shareImageResponse(props.page);
