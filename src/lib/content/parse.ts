/**
 * The one YAML and frontmatter reader of the project (the site's pages go through Astro, which
 * parses their frontmatter itself). Syntax errors name the file and the line in that file.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { shown } from './files.ts';

/**
 * Parses YAML and, on a syntax error, names the file and the line in that file (frontmatter starts
 * `firstLine` lines into its file) instead of the parser's position inside the snippet.
 */
export function parseYamlAt(source: string, file: string, firstLine = 1): unknown {
  try {
    return parseYaml(source);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const noticed = error.linePos?.[0].line ?? 1;
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // An unclosed [ { or quote is noticed on a later line; point at the line that opened it.
    const closer = /end with an? ([\]}])/.exec(what)?.[1] ?? (/closing "?quote/.test(what) ? '"' : undefined);
    const opener = closer === ']' ? '[' : closer === '}' ? '{' : closer;
    const rows = source.split('\n');
    let line = noticed;
    if (opener) for (let i = noticed - 1; i >= 1; i--) if (rows[i - 1]!.includes(opener)) { line = i; break; }
    const note = line !== noticed ? ` (noticed on line ${noticed + firstLine - 1})` : '';
    throw new Error(`${shown(file)}:${line + firstLine - 1}: YAML syntax error: ${what}${note}`);
  }
}

export const readYamlFile = (file: string): unknown => parseYamlAt(readFileSync(file, 'utf8'), file);

/** A page's frontmatter and the Markdown after it. */
export function readPage(file: string): { data: Record<string, unknown>; body: string } {
  const source = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new Error(`${shown(file)}: no frontmatter block`);
  // The frontmatter's first line is line 2 of the file (line 1 is the opening ---).
  const data = (parseYamlAt(match[1] ?? '', file, 2) ?? {}) as Record<string, unknown>;
  return { data, body: source.slice(match[0].length) };
}
