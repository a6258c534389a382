/**
 * What the planner and the timer pages hand their browser scripts, as JSON in the page
 * (`<script type="application/json">`): the session frame, every method's steps and variants, role
 * names, the kit links and the UI strings. Built from the content collections at build time, so
 * a new method appears in both tools without touching them.
 */
import type { FramePhase, Run } from './sessionEvening.ts';
import type { Step } from '../schemas/method.ts';
import type { KnownMethods, PlanCase } from './planUrl.ts';

export interface ToolMethod {
  id: string;
  title: string;
  href: string;
  groupSize: { min: number; max: number };
  steps: Step[];
  variants: { name: string; steps?: Step[] | undefined }[];
  /** The method's card (with `#page=N`) and job-aid PDFs in this language. */
  kit: { title: string; href: string }[];
}

export interface ToolData {
  lang: string;
  /** The language's base path, after the site's base: '/' or '/en/' (or '/intervisie/en/' under a sub-path). */
  base: string;
  /** The timer's offline worker (public/timer-sw.js) under the site's base. */
  serviceWorker: string;
  phases: FramePhase[];
  methods: ToolMethod[];
  roles: Record<string, string>;
  /** UI strings (planner.*, timer.*, a few shared ones), already in the page's language. */
  strings: Record<string, string>;
}

export const toolDataId = 'ik-tool-data';

export function knownMethods(methods: readonly Pick<ToolMethod, 'id' | 'variants'>[]): KnownMethods {
  return new Map(methods.map((m) => [m.id, new Set(m.variants.flatMap((v, i) => (v.steps ? [i] : [])))]));
}

/** `{{name}}` placeholders, as Starlight's t() fills them. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Reads the page's tool data; throws when the page has none (a build mistake, not user input). */
export function readToolData(doc: Document): ToolData {
  const el = doc.getElementById(toolDataId);
  if (!el?.textContent) throw new Error(`#${toolDataId} missing`);
  return JSON.parse(el.textContent) as ToolData;
}

/** What one case runs: the method's own steps or the chosen variant's. */
export const runOf = (method: ToolMethod, c: PlanCase): Run =>
  c.variant === undefined ? { steps: method.steps } : { variant: c.variant, steps: method.variants[c.variant]?.steps ?? method.steps };
