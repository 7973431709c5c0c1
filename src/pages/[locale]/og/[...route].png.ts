/** `/<l>/og/<route>.png`: the share image of every page below the locale's home (see src/lib/og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImageResponse, routeSharePaths } from '../../../lib/og-endpoint.ts';
import type { SharePage } from '../../../lib/og-pages.ts';

export const getStaticPaths = (() => routeSharePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SharePage }> = ({ props }) => shareImageResponse(props.page);
