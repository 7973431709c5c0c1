/**
 * In a build, every page renders recording what it reads (`integration/page-inputs.ts`), so that
 * the next build renders it again only when one of those inputs changed (`integration/page-keys.ts`).
 * The response is read to its end inside the recording: Astro renders a page as it streams it.
 * The dev server renders every request afresh and records nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { buildingSite } from '#src/integration/build-state.ts';
import { recordInputs } from '#src/integration/page-inputs.ts';
import { noteRendered } from '#src/integration/page-keys.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (!buildingSite()) return next();
  const { result, inputs } = await recordInputs(async () => {
    const response = await next();
    return new Response(await response.arrayBuffer(), response);
  });
  await noteRendered(context.url.pathname, inputs);
  return result;
});
