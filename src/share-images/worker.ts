/**
 * The share images' drawing process (started by `process.ts`): draws each image it is asked for
 * into the cache folder and answers with the request's id, and the error if one occurred. It runs
 * outside Astro and Vite, so it imports only modules Node loads as they are. It ends when the build
 * lets it go (or ends): its message channel is then its only handle, and it closes.
 */
import { writeOgImage, type DrawRequest } from './draw.ts';

/** An answer to the build; one that finds the build gone is dropped (nobody is left to read it). */
const answer = (message: { id: number; error?: string }) => process.send?.(message, undefined, {}, () => undefined);

process.on('message', ({ id, request }: { id: number; request: DrawRequest }) => {
  writeOgImage(request).then(
    () => answer({ id }),
    (error: unknown) => answer({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
