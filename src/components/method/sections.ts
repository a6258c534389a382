/**
 * The structured sections of a method page, in page order. The route middleware adds them to the
 * table of contents; MethodSections renders each with the component its id names, so anchors are
 * stable across languages. A new section is a row here and a component that takes `{ method }`,
 * named in MethodSections (the type check fails until it is).
 */
import type { Method } from '../../schemas/method.ts';
import { methodKitFiles } from '../../lib/kitManifest.ts';
import type { UIKey } from '../../lib/uiStrings.ts';

export interface MethodSection {
  id: string;
  /** UI-string key of the heading. */
  label: UIKey;
  /** Where the section sits relative to the MDX guide text. */
  place: 'before' | 'after';
  shown: (m: Method) => boolean;
}

export const methodSections = [
  { id: 'steps', label: 'method.section.steps', place: 'before', shown: () => true },
  // The session frame with this method's steps in it, for 2 h and 2.5 h (src/lib/sessionEvening.ts).
  { id: 'evening', label: 'method.section.evening', place: 'before', shown: () => true },
  { id: 'roles', label: 'method.section.roles', place: 'after', shown: () => true },
  { id: 'variants', label: 'method.section.variants', place: 'after', shown: (m) => m.variants.length > 0 },
  { id: 'online', label: 'method.section.online', place: 'after', shown: () => true },
  { id: 'traps', label: 'method.section.traps', place: 'after', shown: () => true },
  { id: 'other-methods', label: 'method.section.otherMethods', place: 'after', shown: (m) => m.related.length > 0 },
  { id: 'sources', label: 'method.section.sources', place: 'after', shown: () => true },
  // The method's card and job-aid from the print kit (only when the kit has been built).
  { id: 'downloads', label: 'method.section.downloads', place: 'after', shown: (m) => methodKitFiles(m.id).length > 0 },
] as const satisfies readonly MethodSection[];
export type MethodSectionId = (typeof methodSections)[number]['id'];
