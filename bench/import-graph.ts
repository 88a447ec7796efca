import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/*
 * The static import graph of the sources, as the bundler sees it: `import type` and
 * type-only names are left out (they vanish when compiled), and so are dynamic `import()`s
 * (they load later, in chunks of their own). bench/bundle-size.ts measures the built result;
 * this tells, without a build, which package a module brings along and through which path.
 */

/** The runtime (non-type) module specifiers a TypeScript source imports or re-exports statically. */
export function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes = clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (node.isTypeOnly) continue;
      const clause = node.exportClause;
      if (clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly)) continue;
      out.push(node.moduleSpecifier.text);
    }
  }
  return out;
}

/** A relative `.js` specifier to the `.ts`/`.tsx` file it names, or null when it isn't there. */
function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.js$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, base, join(base, 'index.ts')]) if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

/** A package's name from a bare specifier ('@noble/curves/ed25519' → '@noble/curves'). */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/**
 * Every package reached from `root` by static imports, each with the first path of source
 * files (relative to `base`) that leads to it.
 */
export function packagesReached(root: string, base: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>([root]);
  const queue: Array<{ file: string; path: string[] }> = [{ file: root, path: [relative(base, root)] }];
  while (queue.length > 0) {
    const { file, path } = queue.shift()!;
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push({ file: next, path: [...path, relative(base, next)] });
        }
      } else if (!spec.endsWith('.css') && !packages.has(packageName(spec))) {
        packages.set(packageName(spec), path);
      }
    }
  }
  return packages;
}
