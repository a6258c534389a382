/** Everything a deck or job-aid template needs about one language, loaded once per build. */
import type { Lang } from '../../src/config.ts';
import { loadData } from '../../src/lib/contentFiles.ts';
import { roleSchema } from '../../src/schemas/collections.ts';
import type { RoleRef } from '../../src/schemas/vocabulary.ts';
import { uiStrings, type Translate } from '../../src/lib/uiStrings.ts';

export interface KitContext {
  lang: Lang;
  t: Translate;
  /** Display name of a role (or of "everyone"). */
  roleName: (ref: RoleRef) => string;
  /** Content root override (tests); undefined means the project's src/content. */
  root: string | undefined;
}

export function kitContext(lang: Lang, root?: string): KitContext {
  const t = uiStrings(lang, root);
  const names = new Map(loadData('roles', lang, roleSchema, root).map((r) => [r.id, r.name]));
  return {
    lang,
    t,
    roleName: (ref) => (ref === 'all' ? t('role.all') : names.get(ref) ?? ref),
    root,
  };
}

/** Role names in a list, e.g. "Inbrenger, Begeleider". */
export const roleList = (ctx: KitContext, refs: readonly RoleRef[]): string => refs.map(ctx.roleName).join(', ');
