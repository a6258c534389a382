/**
 * starlight-links-validator 0.26 ships TypeScript source that reads `file.data.astro.frontmatter` from
 * vfile's DataMap. That type comes from @astrojs/markdown-remark, which Astro 7 no longer installs
 * (Sätteri is the default Markdown processor), so `tsc --noEmit` failed inside node_modules.
 * Declare the one field the validator reads, with the shape markdown-remark gives it.
 */
import 'vfile';

declare module 'vfile' {
  interface DataMap {
    // `any`, exactly as @astrojs/markdown-remark types it: the validator narrows values itself.
    astro: { frontmatter?: Record<string, any> };
  }
}
