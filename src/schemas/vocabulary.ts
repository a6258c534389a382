import { z } from 'astro/zod';

/**
 * Closed vocabularies shared by every method, the filters, the cards and (later) the planner.
 * Their labels are UI strings (src/content/i18n/<lang>.json), never typed here.
 */
export const questionTypes = [
  'action', // what do I do in this concrete situation?
  'behaviour', // I know what to do, but not how to say or do it
  'relationship', // someone or something gets to me
  'pattern', // it keeps happening; the question behind the question
  'meaning', // identity, meaning, a turning point or a success
  'group-dynamics', // what happens between people in a team or group
  'question-skills', // the group wants to practise asking questions
  'knowledge', // a content or knowledge question: someone may know more
  'values', // what is good or right here? ethics, professional values
  'beliefs', // stuck thinking, strong "musts", stress
  'ideas', // ideas or a plan are needed
  'misunderstanding', // people with different backgrounds or roles miss each other
] as const;
export const questionType = z.enum(questionTypes);

/** `new`: works for a group in its first sessions; `experienced`: needs trust and practice. */
export const levels = ['new', 'experienced'] as const;
export const level = z.enum(levels);

/**
 * Who can lead the method. Every method needs someone who leads (the begeleider); the question is
 * whether a member of the group can do it. `group`: any member, with the method page or card in hand;
 * `experienced`: a member who has led this method before, or an external begeleider;
 * `external`: an external, trained begeleider (Balint, Socratic dialogue).
 */
export const facilitatorNeeds = ['group', 'experienced', 'external'] as const;
export const facilitatorNeed = z.enum(facilitatorNeeds);

/** Roles that content can point at. `all` means the whole group. Names live in the roles collection. */
export const roleIds = [
  'inbrenger',
  'facilitator', // the begeleider from the group, a role that rotates
  'external-facilitator', // an external begeleider (intervisor), not a member of the group
  'timekeeper',
  'participant',
  'observer',
  'note-taker',
  'player',
] as const;
export const roleId = z.enum(roleIds);
export const roleRef = z.enum([...roleIds, 'all']);
export type RoleRef = z.infer<typeof roleRef>;

/**
 * Categories of the question bank (the `questions` card deck). Facts and scene are clarifying (short
 * answers, a clear picture); the rest probe (they widen the case owner's thinking), after the NSRF
 * consultancy protocol. Each category's `purpose` says which, where it helps.
 */
export const questionCategories = [
  'facts',
  'scene',
  'own-part',
  'want-think-feel',
  'desire-fear',
  'assumptions',
  'values',
  'perspectives',
  'patterns',
  'here-and-now',
  'sharpen-question',
  'goal',
  'exceptions',
  'options',
  'closing',
] as const;
export const questionCategory = z.enum(questionCategories);

/** Stable ids: kebab-case, identical in every language (URLs, QR codes, planner links). */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use kebab-case: lower-case letters, digits and single hyphens' });

/** A string with a hard length limit, phrased so authors know what to shorten. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: (issue) => `is ${String(issue.input).length} characters; the limit is ${max} (it must fit on a card)` });
