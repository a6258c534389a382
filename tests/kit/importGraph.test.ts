/**
 * No import cycles in src/ and scripts/: a cycle means two modules each need the other, so neither
 * can be read, tested or moved on its own. Type-only imports count too (they still tie the files).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Every .ts file under `dir`, as absolute paths. */
const tsFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, dir, f));

/** The project files a module imports or re-exports from, by relative path (`import type` included). */
function relativeImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name))
    .filter((target) => existsSync(target));
}

/** Each cycle found by a depth-first walk, as the path that closes it (first module repeated at the end). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string) => {
    const open = path.indexOf(node);
    if (open >= 0) {
      cycles.push([...path.slice(open), node]);
      return;
    }
    if (done.has(node)) return;
    path.push(node);
    for (const next of graph.get(node) ?? []) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of graph.keys()) visit(node);
  return cycles;
}

describe('import graph', () => {
  it('finds a cycle, naming its modules in order', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('has no cycle in src/ or scripts/', () => {
    const files = [...tsFiles('src'), ...tsFiles('scripts')];
    expect(files.length).toBeGreaterThan(50);
    const graph = new Map(files.map((f) => [f, relativeImports(f)]));
    const cycles = findCycles(graph).map((c) => c.map((f) => relative(root, f)).join(' → '));
    expect(cycles).toEqual([]);
  });
});
