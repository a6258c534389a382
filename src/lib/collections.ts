/** Site-side access to the localized data collections (entries are stored as `<lang>/<id>`). */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Method } from '../schemas/method.ts';
import type { Lang } from '../config.ts';
import type { RoleRef } from '../schemas/vocabulary.ts';
import type { FramePhase } from './sessionEvening.ts';

type LocalizedKey = 'pitfalls' | 'tips' | 'roles' | 'phases' | 'questions' | 'jobaids' | 'avoid';

/** Entries of one language, sorted by `order`, with `key` = the id without the language folder. */
export async function localized<K extends LocalizedKey>(name: K, lang: string): Promise<(CollectionEntry<K> & { key: string })[]> {
  const all = (await getCollection(name as LocalizedKey)) as CollectionEntry<K>[];
  return all
    .filter((e) => e.id.startsWith(`${lang}/`))
    .map((e) => Object.assign({}, e, { key: e.id.slice(lang.length + 1) }))
    .sort((a, b) => a.data.order - b.data.order);
}

/** Role names of a language, with `all` for "the whole group" taken from the UI strings. */
export async function roleNames(lang: Lang | string, everyone: string): Promise<(ref: RoleRef) => string> {
  const roles = await localized('roles', lang);
  const names = new Map(roles.map((r) => [r.key, r.data.name]));
  return (ref) => (ref === 'all' ? everyone : names.get(ref) ?? ref);
}

export function pageLang(locals: App.Locals): Lang {
  return locals.starlightRoute.lang === 'en' ? 'en' : 'nl';
}

/** The session frame's phases of a language, in the shape the merge rule (sessionEvening.ts) reads. */
export async function framePhases(lang: Lang | string): Promise<FramePhase[]> {
  return (await localized('phases', lang)).map((p) => ({ id: p.key, ...p.data }));
}

/** The method pages of a language, in sidebar order, with the title and the page's method block. */
export async function localizedMethods(lang: Lang | string): Promise<{ id: string; title: string; method: Method }[]> {
  const inLang = (id: string) => (lang === 'nl' ? !id.startsWith('en/') : id.startsWith(`${lang}/`));
  return (await getCollection('docs', (e) => e.data.method !== undefined && inLang(e.id)))
    .sort((a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0))
    .map((e) => ({ id: e.data.method!.id, title: e.data.title, method: e.data.method! }));
}
