/** Site-side access to the localized data collections (entries are stored as `<lang>/<id>`). */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { Lang } from '../config.ts';
import type { RoleRef } from '../schemas/vocabulary.ts';

// Astro 7 types `DataCollectionKey` as `any`; `CollectionKey` is the typed list of collections.
type LocalizedKey = Exclude<CollectionKey, 'docs' | 'i18n'>;

export async function localized<K extends LocalizedKey>(name: K, lang: string) {
  const entries = (await getCollection(name, (e: CollectionEntry<K>) => e.id.startsWith(`${lang}/`))) as CollectionEntry<K>[];
  return entries
    .map((e) => ({ ...e, key: e.id.slice(lang.length + 1) }))
    .sort((a, b) => (a.data as { order: number }).order - (b.data as { order: number }).order);
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
