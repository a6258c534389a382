/**
 * UI strings for the kit, from the same files the site uses (src/content/i18n/<lang>.json).
 * A missing key stops the build: the kit never falls back to words typed in code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/config.ts';
import { contentRoot } from '../../src/lib/contentFiles.ts';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function uiStrings(lang: Lang, root?: string): Translate {
  const file = join(contentRoot(root), 'i18n', `${lang}.json`);
  const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return (key, vars = {}) => {
    const value = strings[key];
    if (value === undefined) throw new Error(`UI string "${key}" is missing in ${file}`);
    return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      if (!(name in vars)) throw new Error(`UI string "${key}" (${lang}) needs a value for {{${name}}}`);
      return String(vars[name]);
    });
  };
}
