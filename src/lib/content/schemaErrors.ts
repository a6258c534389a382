/** Zod errors as one line per problem, each naming the file and the field. */
import type { z } from 'astro/zod';

export function describeSchemaError(file: string, error: z.ZodError, prefix: (string | number)[] = []): string {
  return error.issues
    .map((issue) => {
      const field = [...prefix, ...issue.path].join('.') || '(root)';
      return `${file}: field "${field}" ${issue.message}`;
    })
    .join('\n');
}

export function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string, prefix: (string | number)[] = []): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(describeSchemaError(file, result.error, prefix));
  return result.data;
}

/** Runs `load` on every item and throws once with every item's problems, not only the first. */
export function loadAll<T, R>(items: readonly T[], load: (item: T) => R): R[] {
  const problems: string[] = [];
  const out: R[] = [];
  for (const item of items) {
    try {
      out.push(load(item));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return out;
}
