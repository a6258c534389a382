import type { AstroIntegration } from 'astro';
import { langs } from '../config.ts';
import { checkContentContract } from '../lib/contentContract.ts';
import { dataFiles } from '../lib/content/files.ts';
import { dataCollectionNames } from '../schemas/collections.ts';

/**
 * Fails `astro build` (and warns in `astro dev`) when the content breaks a cross-file rule. In dev it
 * also watches the data files, which the loader reads outside Astro's collections: an edit restarts
 * the server, so pages show it.
 */
export function contentContract(root?: string): AstroIntegration {
  return {
    name: 'intervisiekit:content-contract',
    hooks: {
      'astro:config:setup': ({ command, logger, addWatchFile }) => {
        if (command === 'dev') for (const lang of langs) for (const name of dataCollectionNames) for (const file of dataFiles(name, lang, root)) addWatchFile(file);
        const problems = checkContentContract(root);
        if (problems.length === 0) return;
        const message = `The content breaks ${problems.length} rule(s):\n- ${problems.join('\n- ')}`;
        if (command === 'build') throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
