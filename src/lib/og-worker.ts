/**
 * The share images' drawing thread (started by `og-image.ts`): draws each image it is asked for
 * into the cache folder and answers with the request's id, and the error if one occurred. It runs
 * outside Astro and Vite, so it imports only modules Node loads as they are.
 */
import { parentPort } from 'node:worker_threads';
import { writeOgImage, type DrawRequest } from './og-image.ts';

parentPort?.on('message', ({ id, request }: { id: number; request: DrawRequest }) => {
  writeOgImage(request).then(
    () => parentPort?.postMessage({ id }),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
