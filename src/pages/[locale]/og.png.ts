/** `/<l>/og.png`: the share image of the locale's home page (see src/share-images/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImageResponse, homeSharePaths } from '#src/share-images/endpoint.ts';
import type { SharePage } from '#src/share-images/pages.ts';

export const getStaticPaths = (() => homeSharePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SharePage }> = ({ props }) => shareImageResponse(props.page);
