/** Builds the planner's and timer's data (src/lib/toolData.ts) from the content, at build time. */
import { loadData, loadMethods } from '../../lib/content/load.ts';
import { pageLang } from '../../lib/pageLang.ts';
import { roleNamer } from '../../lib/roleNames.ts';
import { kitUrl, methodKitFiles } from '../../lib/kitManifest.ts';
import { uiStringTable, type UIKey } from '../../lib/uiStrings.ts';
import type { ToolData } from '../../lib/toolData.ts';
import { langBase, withBase } from '../../config.ts';
import { roleRef } from '../../schemas/vocabulary.ts';

/** Strings outside the planner.* / timer.* prefixes that the scripts also use. */
const shared: string[] = ['role.all', 'evening.step', 'phase.short', 'phase.long'] satisfies UIKey[];

export async function buildToolData(locals: App.Locals): Promise<ToolData> {
  const lang = pageLang(locals);
  const nameOf = roleNamer(lang, locals.t('role.all'));
  return {
    lang,
    base: withBase(langBase(lang)),
    serviceWorker: withBase('/timer-sw.js'),
    phases: loadData('phases', lang),
    methods: loadMethods(lang).map((e) => {
      const m = e.method;
      return {
        id: m.id,
        title: e.title,
        href: withBase(e.url),
        groupSize: m.groupSize,
        steps: m.steps,
        variants: m.variants.map((v) => ({ name: v.name, steps: v.steps })),
        kit: methodKitFiles(m.id, lang).map(({ file, page }) => ({ title: file.title, href: kitUrl(file.file) + (page ? `#page=${page}` : '') })),
      };
    }),
    roles: Object.fromEntries(roleRef.options.map((r) => [r, nameOf(r)])),
    strings: Object.fromEntries(Object.entries(uiStringTable(lang)).filter(([k]) => k.startsWith('planner.') || k.startsWith('timer.') || shared.includes(k))),
  };
}

/** The choices of a method field: each method's own steps, then each variant that has steps. */
export function methodOptions(data: ToolData): { value: string; label: string }[] {
  const s = data.strings;
  return data.methods.flatMap((m) => [
    { value: m.id, label: m.title },
    ...m.variants.flatMap((v, i) =>
      v.steps ? [{ value: `${m.id}~${i}`, label: (s['planner.variantOption'] ?? '').replace('{{title}}', m.title).replace('{{name}}', v.name) }] : [],
    ),
  ]);
}
