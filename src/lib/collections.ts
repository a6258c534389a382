/** Site-side access to the content, through the one loader (src/lib/content/load.ts). */
import { asLang, type Lang } from '../config.ts';
import type { Method } from '../schemas/method.ts';
import type { RoleRef } from '../schemas/vocabulary.ts';
import type { DataCollection } from '../schemas/collections.ts';
import { loadData, loadMethods, type DataEntry } from './content/load.ts';
import type { FramePhase } from './sessionEvening.ts';
import { roleNamer } from './roleNames.ts';

/** Entries of one language, sorted by `order`, as `{ key, data }`. */
export async function localized<K extends DataCollection>(name: K, lang: string): Promise<{ key: string; data: DataEntry<K> }[]> {
  return loadData(name, asLang(lang)).map((e) => ({ key: e.id, data: e }));
}

/** Role names of a language, with `all` for "the whole group" taken from the UI strings. */
export async function roleNames(lang: Lang | string, everyone: string): Promise<(ref: RoleRef) => string> {
  return roleNamer(asLang(lang), everyone);
}

/** The language of the page being rendered. */
export function pageLang(locals: App.Locals): Lang {
  return asLang(locals.starlightRoute.lang);
}

/** The session frame's phases of a language, in the shape the merge rule (sessionEvening.ts) reads. */
export async function framePhases(lang: Lang | string): Promise<FramePhase[]> {
  return loadData('phases', asLang(lang)).map((p) => ({ ...p }));
}

/** The method pages of a language, in sidebar order, with the title and the page's method block. */
export async function localizedMethods(lang: Lang | string): Promise<{ id: string; title: string; method: Method }[]> {
  return loadMethods(asLang(lang)).map((e) => ({ id: e.method.id, title: e.title, method: e.method }));
}
