/**
 * Rules that span files, which a per-file schema cannot see: every page and data entry has its twin
 * in the other language, the facts that do not depend on language (minutes, roles, group size…) agree
 * between the twins, and ids point at things that exist. Run at build start and in the unit tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { langs, type Lang } from '../config.ts';
import { avoidQuestionSchema, dataCollectionNames, glossarySchema, pitfallSchema, questionCategorySchema, tipSchema, type DataCollection, type JobAidBlock } from '../schemas/collections.ts';
import type { z } from 'astro/zod';
import { dataFiles, listDataIds, listPages, pageFile, shown as rel, uiStringsFile } from './content/files.ts';
import { loadData, loadHyphenation, loadMethods, methodsDir, type MethodEntry } from './content/load.ts';
import { readPage, readYamlFile } from './content/parse.ts';
import { jobAidFields } from './content/pageSections.ts';
import { checkPrintable } from './printableText.ts';
import type { Method, Step } from '../schemas/method.ts';
import { corePhaseId, frameFits, frames, type FramePhase } from './sessionEvening.ts';

const lines = (error: unknown) => (error as Error).message.split('\n');

/**
 * Data collections whose twins must agree on more than their id: the schema, and the facts that do
 * not depend on language (order, category, how many items a list has, which terms a term points at).
 */
// The schema is named only to type `facts`; the loader validates with the collection's own schema.
const rule = <S extends z.ZodType>(_schema: S, facts: (entry: z.infer<S>) => Record<string, unknown>) => facts as (entry: unknown) => Record<string, unknown>;
const dataFacts: Partial<Record<DataCollection, (entry: unknown) => Record<string, unknown>>> = {
  pitfalls: rule(pitfallSchema, (p) => ({ order: p.order, signals: p.signals.length, remedies: p.remedies.length })),
  tips: rule(tipSchema, (t) => ({ order: t.order, when: t.when.length, how: t.how.length, why: t.why !== undefined })),
  questions: rule(questionCategorySchema, (q) => ({ category: q.category, order: q.order, questions: q.questions.length })),
  avoid: rule(avoidQuestionSchema, (a) => ({ order: a.order })),
  glossary: rule(glossarySchema, (g) => ({ see: g.see })),
};


function missingTwins(kind: string, byLang: Record<Lang, string[]>, fileOf: (lang: Lang, id: string) => string): string[] {
  const problems: string[] = [];
  for (const lang of langs) {
    for (const other of langs) {
      if (other === lang) continue;
      for (const id of byLang[lang]) {
        if (!byLang[other].includes(id)) problems.push(`${rel(fileOf(lang, id))}: ${kind} "${id}" exists in ${lang} but has no ${other} twin`);
      }
    }
  }
  return [...new Set(problems)];
}

/**
 * Links to a glossary term (/woordenlijst/#casus, /en/woordenlijst/#casus) must name a term that
 * exists. The link validator cannot check these anchors: the glossary component makes them.
 */
export function glossaryLinks(lang: Lang, ids: readonly string[], root?: string): string[] {
  const problems: string[] = [];
  for (const slug of listPages(lang, root)) {
    const file = pageFile(lang, slug, root);
    const body = readFileSync(file, 'utf8');
    for (const m of body.matchAll(/\/(?:[a-z]{2}\/)?woordenlijst\/#([^)"'\s>]+)/g))
      if (!ids.includes(m[1]!)) problems.push(`${rel(file)}: links to glossary term "#${m[1]}", which is not in src/content/glossary/${lang}/`);
  }
  return problems;
}

/** The language-neutral facts of a method: these must be identical in every language. */
export function methodFacts(m: Method) {
  const steps = (list: Method['steps'] | undefined) => list?.map((s) => ({ minutes: s.minutes, who: s.who, covers: s.covers }));
  return {
    id: m.id,
    questionTypes: m.questionTypes,
    groupSize: m.groupSize,
    level: m.level,
    facilitator: m.facilitator,
    roles: m.roles.map((r) => r.role),
    materials: m.materials.length,
    aka: m.aka.length,
    steps: steps(m.steps),
    variants: m.variants.map((v) => steps(v.steps) ?? null),
    traps: m.traps.length,
    related: m.related.map((r) => r.id),
    sources: m.sources.map((s) => s.year),
    synthesis: m.synthesis,
  };
}

/** The shape of a job-aid, which both languages print the same: block kinds, item and row counts. */
export function jobAidFacts(blocks: JobAidBlock[], lang: Lang, root?: string) {
  return {
    blocks: blocks.map((b) => {
      switch (b.kind) {
        case 'checklist':
          return { kind: b.kind, items: b.items.length };
        case 'fields':
          return { kind: b.kind, columns: b.columns, lines: jobAidFields(b, lang, root).map((f) => f.lines) };
        case 'table':
          return { kind: b.kind, widths: b.columns.map((c) => c.width), rows: b.rows };
        case 'ratings':
          return { kind: b.kind, items: b.items.length };
        default:
          return { kind: b.kind };
      }
    }),
  };
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** Every leaf where two fact trees differ, as `steps[1].minutes: nl 7, en 5`. */
export function diffFacts(a: unknown, b: unknown, [one, other]: [Lang, Lang], path = ''): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    const head = a.length !== b.length ? [`${path}: ${one} has ${a.length} item(s), ${other} ${b.length}`] : [];
    const common = Array.from({ length: Math.min(a.length, b.length) }, (_, i) => diffFacts(a[i], b[i], [one, other], `${path}[${i}]`));
    return [...head, ...common.flat()];
  }
  const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => diffFacts(a[k], b[k], [one, other], path ? `${path}.${k}` : k));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${path || '(value)'}: ${one} ${show(a)}, ${other} ${show(b)}`];
}

/** One line per fact that differs between twins, naming the item, both files and the field. */
function compareFacts(what: string, files: [string, string], a: Record<string, unknown>, b: Record<string, unknown>, pair: [Lang, Lang]): string[] {
  return diffFacts(a, b, pair).map((d) => `${what} (${rel(files[0])} and ${rel(files[1])}): ${d}`);
}

/** UI strings: each key in every language, so neither site nor kit falls back to another language or the raw key. */
export function checkUiStrings(root?: string): string[] {
  const problems: string[] = [];
  const tables: Partial<Record<Lang, Record<string, unknown>>> = {};
  for (const lang of langs) {
    const file = uiStringsFile(lang, root);
    if (!existsSync(file)) {
      problems.push(`${rel(file)} is missing: every language in src/config.ts needs its UI strings`);
      continue;
    }
    try {
      tables[lang] = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      problems.push(`${rel(file)}: JSON syntax error: ${(error as Error).message}`);
    }
  }
  for (const lang of langs) {
    const table = tables[lang];
    if (!table) continue;
    const file = rel(uiStringsFile(lang, root));
    for (const other of langs) {
      const theirs = tables[other];
      if (other === lang || !theirs) continue;
      for (const key of Object.keys(theirs)) if (!(key in table)) problems.push(`${file}: UI string "${key}" is missing (${other}.json has it)`);
    }
    for (const [key, value] of Object.entries(table)) {
      if (typeof value !== 'string' || !value.trim()) problems.push(`${file}: UI string "${key}" is empty`);
      problems.push(...checkPrintable(file, value, [key]));
    }
  }
  return problems;
}

/** Every text the kit may print (data entries and page frontmatter) uses only characters its typeface has. */
export function checkCharacters(root?: string): string[] {
  const problems: string[] = [];
  for (const lang of langs) {
    for (const name of dataCollectionNames) {
      for (const file of dataFiles(name, lang, root)) {
        try {
          problems.push(...checkPrintable(rel(file), readYamlFile(file)));
        } catch {
          /* syntax errors are reported where the file is loaded */
        }
      }
    }
    for (const slug of listPages(lang, root)) {
      const file = pageFile(lang, slug, root);
      try {
        problems.push(...checkPrintable(rel(file), readPage(file).data));
      } catch (error) {
        // Method pages report their syntax errors when the methods load; other pages do it here.
        if (!slug.startsWith(`${methodsDir}/`)) problems.push(...lines(error));
      }
    }
  }
  return problems;
}

export function checkContentContract(root?: string): string[] {
  const problems: string[] = [];
  const pages = Object.fromEntries(langs.map((l) => [l, listPages(l, root)])) as Record<Lang, string[]>;
  problems.push(...missingTwins('page', pages, (lang, slug) => pageFile(lang, slug, root)));
  for (const name of dataCollectionNames) {
    const files = Object.fromEntries(langs.map((l) => [l, dataFiles(name, l, root)])) as Record<Lang, string[]>;
    const ids = Object.fromEntries(langs.map((l) => [l, listDataIds(name, l, root)])) as Record<Lang, string[]>;
    problems.push(...missingTwins(`${name} entry`, ids, (lang, id) => files[lang][ids[lang].indexOf(id)]!));
  }

  problems.push(...checkUiStrings(root), ...checkCharacters(root));
  for (const lang of langs) {
    try {
      loadHyphenation(lang, root);
    } catch (error) {
      problems.push(...lines(error));
    }
  }

  // A method that fails to load is reported and left out; the others are still checked.
  const methods = Object.fromEntries(langs.map((l) => [l, [] as MethodEntry[]])) as Record<Lang, MethodEntry[]>;
  for (const lang of langs) {
    try {
      methods[lang] = loadMethods(lang, root);
    } catch (error) {
      problems.push(...lines(error));
    }
  }

  for (const lang of langs) {
    const ids = methods[lang].map((e) => e.method.id);
    for (const entry of methods[lang]) {
      if (entry.slug !== `${methodsDir}/${entry.method.id}`)
        problems.push(`${entry.file}: method.id "${entry.method.id}" must match the file name (${methodsDir}/${entry.method.id}.mdx)`);
      for (const rel of entry.method.related)
        if (!ids.includes(rel.id)) problems.push(`${entry.file}: method.related names "${rel.id}", which is not a method`);
    }
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dupes.length) problems.push(`method ids used twice in ${lang}: ${dupes.join(', ')}`);

    try {
      const roleIds = loadData('roles', lang, root).map((r) => r.id);
      for (const entry of methods[lang])
        for (const r of entry.method.roles)
          if (roleIds.length && !roleIds.includes(r.role))
            problems.push(`${entry.file}: method.roles uses "${r.role}", which has no entry in src/content/roles/${lang}/`);
      const phases = loadData('phases', lang, root);
      if (phases.length) {
        for (const key of ['short', 'long'] as const) {
          const total = phases.reduce((sum, p) => sum + p.minutes[key], 0);
          if (total !== frames[key])
            problems.push(`phases (${lang}): the ${key} timetable adds up to ${total} minutes, not ${frames[key]}`);
        }
        for (const entry of methods[lang]) problems.push(...methodConsistency(entry, phases));
      }
    } catch (error) {
      problems.push(...lines(error));
    }
    // Validated on its own (schema, and fields taken from a page) so its errors are reported; the
    // twin comparison below skips them.
    try {
      for (const aid of loadData('jobaids', lang, root))
        for (const block of aid.blocks) if (block.kind === 'fields') jobAidFields(block, lang, root);
    } catch (error) {
      problems.push(...lines(error));
    }
  }

  const [first, ...others] = langs as [Lang, ...Lang[]];
  for (const [name, facts] of Object.entries(dataFacts) as [DataCollection, (entry: unknown) => Record<string, unknown>][]) {
    let byLang: Record<Lang, (Record<string, unknown> & { id: string; file: string })[]>;
    try {
      byLang = Object.fromEntries(langs.map((l) => [l, loadData(name, l, root)])) as unknown as typeof byLang;
    } catch (error) {
      problems.push(...lines(error));
      continue;
    }
    if (name === 'questions')
      for (const lang of langs) {
        const cats = byLang[lang].map((q) => q.category);
        const dupes = cats.filter((c, i) => cats.indexOf(c) !== i);
        if (dupes.length) problems.push(`questions (${lang}): category used by more than one file: ${[...new Set(dupes)].join(', ')}`);
      }
    if (name === 'glossary')
      for (const lang of langs) {
        const ids = byLang[lang].map((g) => g.id);
        for (const g of byLang[lang])
          for (const see of g.see as string[])
            if (!ids.includes(see)) problems.push(`${rel(g.file)}: field "see" names "${see}", which is not a glossary term`);
        problems.push(...glossaryLinks(lang, ids, root));
      }
    for (const other of others)
      for (const a of byLang[first]) {
        const b = byLang[other].find((x) => x.id === a.id);
        if (b) problems.push(...compareFacts(`${name} "${a.id}"`, [a.file, b.file], facts(a), facts(b), [first, other]));
      }
  }
  for (const other of others) {
    for (const a of methods[first]) {
      const b = methods[other].find((e) => e.method.id === a.method.id);
      if (b) problems.push(...compareFacts(`method "${a.method.id}"`, [a.file, b.file], methodFacts(a.method), methodFacts(b.method), [first, other]));
    }
    try {
      const pa = loadData('phases', first, root);
      const pb = loadData('phases', other, root);
      for (const p of pa) {
        const q = pb.find((x) => x.id === p.id);
        if (q) problems.push(...compareFacts(`phase "${p.id}"`, [p.file, q.file], { order: p.order, minutes: p.minutes, who: p.who }, { order: q.order, minutes: q.minutes, who: q.who }, [first, other]));
      }
      const ja = loadData('jobaids', first, root);
      const jb = loadData('jobaids', other, root);
      for (const a of ja) {
        const b = jb.find((x) => x.id === a.id);
        if (b) problems.push(...compareFacts(`job-aid "${a.id}"`, [a.file, b.file], jobAidFacts(a.blocks, first, root), jobAidFacts(b.blocks, other, root), [first, other]));
      }
    } catch {
      /* schema errors were reported above */
    }
  }
  // Collections load in more than one rule; a broken file is reported once.
  return [...new Set(problems)];
}

/**
 * Contradictions inside one method that a schema cannot see: a field that says one thing while the
 * steps say another, and an evening that fits no session frame.
 */
export function methodConsistency(entry: Pick<MethodEntry, 'file' | 'method'>, phases: readonly FramePhase[]): string[] {
  const { file, method: m } = entry;
  const problems: string[] = [];
  const roles = new Set<string>(m.roles.map((r) => r.role));
  const phaseIds = new Set(phases.map((p) => p.id));
  const runs: [string, Step[]][] = [
    ["method.steps", m.steps],
    ...m.variants.flatMap((v, i): [string, Step[]][] => (v.steps ? [["method.variants." + i + ".steps", v.steps]] : [])),
  ];
  for (const [field, steps] of runs) {
    const seen = new Map<string, number>();
    steps.forEach((step, i) => {
      for (const who of step.who)
        if (who !== 'all' && !roles.has(who))
          problems.push(`${file}: field "${field}.${i}.who" names "${who}", which is not in method.roles`);
      for (const phase of step.covers) {
        if (phase === corePhaseId || !phaseIds.has(phase))
          problems.push(`${file}: field "${field}.${i}.covers" names "${phase}", which is not a session phase a step can replace (${[...phaseIds].filter((p) => p !== corePhaseId).join(', ')})`);
        if (seen.has(phase)) problems.push(`${file}: field "${field}.${i}.covers" repeats "${phase}", already covered by step ${seen.get(phase)! + 1}`);
        seen.set(phase, i);
      }
    });
  }
  // Someone always leads; the facilitator field says who may.
  if (!roles.has('facilitator') && !roles.has('external-facilitator'))
    problems.push(`${file}: field "method.roles" has no facilitator or external-facilitator: every method needs someone who leads`);
  if (m.facilitator === 'external' && !roles.has('external-facilitator'))
    problems.push(`${file}: field "method.facilitator" is "external", but method.roles has no external-facilitator`);
  if (m.facilitator === 'group' && roles.has('external-facilitator'))
    problems.push(`${file}: field "method.facilitator" is "group", but method.roles lists an external-facilitator`);
  if (phases.length && frameFits(m, phases).every((fit) => !fit.fitting)) {
    const full = frameFits(m, phases).map((fit) => `${fit.full.total} of ${fit.full.budget} min`).join(', ');
    problems.push(`${file}: field "method.steps" fits no session frame (${full}), and no variant with steps does either: shorten the steps or add a short variant`);
  }
  return problems;
}
