import type { AstroIntegration } from 'astro';
import { checkContentContract } from '../lib/contentContract.ts';

/** Fails `astro build` (and warns in `astro dev`) when the content breaks a cross-file rule. */
export function contentContract(root?: string): AstroIntegration {
  return {
    name: 'intervisiekit:content-contract',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = checkContentContract(root);
        if (problems.length === 0) return;
        const message = `The content breaks ${problems.length} rule(s):\n- ${problems.join('\n- ')}`;
        if (command === 'build') throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
