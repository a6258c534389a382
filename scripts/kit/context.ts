/** Everything a deck or job-aid template needs about one language, loaded once per build. */
import type { Lang } from '../../src/config.ts';
import { roleNamer } from '../../src/lib/roleNames.ts';
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
  return {
    lang,
    t,
    roleName: roleNamer(lang, t('role.all'), root),
    root,
  };
}

/** Role names in a list, e.g. "Inbrenger, Begeleider". */
export const roleList = (ctx: KitContext, refs: readonly RoleRef[]): string => refs.map(ctx.roleName).join(', ');
