/**
 * UI strings for everything that is not a Starlight page (the print kit, link previews, open data), from
 * the same files (src/content/i18n/<lang>.json) and the same library (i18next) as the site's
 * Astro.locals.t, so `{{value}}` and `count` fill the same way on paper as on screen.
 * A missing key or value stops the build: the kit never falls back to words typed in code.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { rootLang, type Lang } from '../config.ts';
import { uiStringsFile } from './content/files.ts';

/** The UI strings as Dutch has them; the i18n test holds every other language to the same keys. */
export type UIStrings = typeof import('../content/i18n/nl.json');
export type UIKey = keyof UIStrings;
export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

/** One language's UI strings as they are, {{placeholders}} unfilled (for the planner's and timer's scripts). */
export const uiStringTable = (lang: Lang, root?: string): Record<string, string> =>
  JSON.parse(readFileSync(uiStringsFile(lang, root), 'utf8')) as Record<string, string>;

/**
 * A key the code builds from an id (`kit.deck.${deck.id}`), checked against the Dutch strings, which
 * every language must match; an id without its strings stops the build, naming the key.
 */
export function uiKey(key: string): UIKey {
  if (!isKeyOf(uiStringTable(rootLang), key)) throw new Error(`UI string "${key}" is missing in ${uiStringsFile(rootLang)}`);
  return key;
}
const isKeyOf = (table: Record<string, string>, key: string): key is UIKey => Object.hasOwn(table, key);

export function uiStrings(lang: Lang, root?: string): Translate {
  const file = uiStringsFile(lang, root);
  const strings = uiStringTable(lang, root);
  const i18n = i18next.createInstance();
  // t() is synchronous, so the handler below always runs for the key being filled.
  let currentKey = '';
  void i18n.init({
    lng: lang,
    resources: { [lang]: { translation: strings } },
    initAsync: false,
    // Printed text, not HTML: values go in as they are.
    interpolation: { escapeValue: false },
    missingInterpolationHandler: (_text, [placeholder]) => {
      throw new Error(`UI string "${currentKey}" (${lang}) needs a value for ${placeholder}`);
    },
  });
  return (key, vars = {}) => {
    if (!Object.hasOwn(strings, key)) throw new Error(`UI string "${key}" is missing in ${file}`);
    currentKey = key;
    return i18n.t(key, vars);
  };
}
