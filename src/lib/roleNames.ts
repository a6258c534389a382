/** A role's display name in a language (and the words for "the whole group"): the site and the kit share it. */
import type { Lang } from '../config.ts';
import type { RoleRef } from '../schemas/vocabulary.ts';
import { loadData } from './content/load.ts';

export function roleNamer(lang: Lang, everyone: string, root?: string): (ref: RoleRef) => string {
  const names = new Map(loadData('roles', lang, root).map((r) => [r.id, r.name]));
  return (ref) => (ref === 'all' ? everyone : names.get(ref) ?? ref);
}
