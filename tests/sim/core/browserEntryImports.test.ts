// The browser entry's static import graph must not contain the lazily loaded CLI parts, or a bundler
// would put them in the engine chunk again (browserEntry.test.ts checks what is registered, this checks
// what is downloaded). Walks the imports with TypeScript's parser; `import type` and dynamic import()
// are not followed, everything else is (tsconfig has verbatimModuleSyntax: `import { type X }`
// still loads the module).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined; // packages (xstate, yaml, ...)
  const base = join(dirname(from), specifier);
  const found = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && p.endsWith('.ts'));
  if (!found) throw new Error(`cannot resolve ${specifier} from ${relative(root, from)}`);
  return found;
}

/** Every source file loaded, without a dynamic import, by importing `entry` (paths relative to the repository). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [join(root, entry)];
  while (pending.length) {
    const file = pending.pop()!;
    const key = relative(root, file);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const specifier of staticImports(file)) {
      const target = resolveRelative(file, specifier);
      if (target) pending.push(target);
    }
  }
  return seen;
}

const isLazyPart = (file: string) =>
  file.startsWith('src/sim/cli/etcdctl/') || file === 'src/sim/cli/kubectl/help/verbHelpTexts.ts' || file === 'src/sim/cli/kubectl/help/registerVerbHelp.ts';

describe('static import graphs of the two entries', () => {
  test('the full engine (index.ts) loads the lazy parts eagerly (the walker finds them)', () => {
    const full = staticGraph('src/sim/index.ts');
    expect(full).toContain('src/sim/cli/etcdctl/registerEtcdctl.ts');
    expect(full).toContain('src/sim/cli/etcdctl/program.ts');
    expect(full).toContain('src/sim/cli/kubectl/help/verbHelpTexts.ts');
  });

  test('the browser entry (core.ts) reaches the engine but none of the lazy parts', () => {
    const browser = staticGraph('src/sim/core.ts');
    expect(browser).toContain('src/sim/cluster/cluster.ts');
    expect(browser).toContain('src/sim/cli/kubectl/index.ts');
    expect(browser).toContain('src/sim/cluster/etcdctlPort.ts');
    expect([...browser].filter(isLazyPart)).toEqual([]);
  });
});
