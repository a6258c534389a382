/** Builds one language of the kit in a worker thread (see kit.ts); reports log lines and the result. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../../src/config.ts';
import { buildLanguage, type KitOptions } from './kit.ts';

const { lang, options } = workerData as { lang: Lang; options: Omit<KitOptions, 'langs' | 'workers' | 'log'> };
try {
  const result = await buildLanguage(lang, options, (line) => parentPort!.postMessage({ type: 'log', line }));
  parentPort!.postMessage({ type: 'done', ...result });
} catch (error) {
  const e = error as Error;
  parentPort!.postMessage({ type: 'error', name: e.name, message: e.message });
}
