/** `/<l>/og.png`: the share image of the locale's home page (see src/lib/og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImageResponse, homeSharePaths } from '../../lib/og-endpoint.ts';
import type { SharePage } from '../../lib/og-pages.ts';

export const getStaticPaths = (() => homeSharePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SharePage }> = ({ props }) => shareImageResponse(props.page);
