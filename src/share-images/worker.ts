/**
 * The share images' drawing process (started by `process.ts`): draws each image it is asked for
 * into the cache folder and answers with the request's id, and the error if one occurred. It runs
 * outside Astro and Vite, so it imports only modules Node loads as they are. It ends when the build
 * lets it go (or ends): its message channel is then its only handle, and it closes.
 */
import pLimit from 'p-limit';
import { writeOgImage, type DrawRequest } from './draw.ts';

/**
 * Images drawn at a time. A build asks for all of its images as it starts; drawn all at once they
 * cost 1.5 to 2.4 times the CPU each (8.6 ms against 3.6 ms for 400 titles, on two cores), in
 * contention for memory and libvips' threads. Two at a time keep the CPU per image as low as one
 * at a time, while one image's text is shaped as another's pixels are laid out.
 */
const drawing = pLimit(2);

/** An answer to the build; one that finds the build gone is dropped (nobody is left to read it). */
const answer = (message: { id: number; error?: string }) => process.send?.(message, undefined, {}, () => undefined);

process.on('message', ({ id, request }: { id: number; request: DrawRequest }) => {
  drawing(() => writeOgImage(request)).then(
    () => answer({ id }),
    (error: unknown) => answer({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
