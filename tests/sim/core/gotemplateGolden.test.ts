// kubectl's go-template printer (Go's text/template plus kubectl's functions) against real kubectl
// 1.33: every template of tests/golden/gotemplate/templates.txt was run on
// tests/golden/gotemplate/object.json by scripts/golden/record-gotemplate.mjs
// (`kubectl annotate --local -f object.json q=1 -o go-template=...`). The simulation runs the same
// command line and must print the same stdout, stderr and exit code.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import { runGoTemplate } from '../../../src/sim/cli/kubectl/gotemplate/index.ts';

const dir = new URL('../../golden/gotemplate/', import.meta.url);
const { cases } = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as { cases: { template: string; stdout: string; stderr: string; exitCode: number }[] };
const object = readFileSync(new URL('object.json', dir), 'utf8');

describe('kubectl -o go-template matches kubectl 1.33 on every recorded template', () => {
  const c = createCluster({ seed: 1 });
  c.exec(`cat > object.json <<'EOF'\n${object}EOF`);
  test.each(cases.map((x) => [JSON.stringify(x.template), x] as const))('%s', (_, expected) => {
    const quoted = `'${expected.template.replaceAll("'", "'\\''")}'`;
    const r = c.exec(`kubectl annotate --local -f object.json q=1 -o go-template=${quoted}`);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: expected.stdout, stderr: expected.stderr, exitCode: expected.exitCode });
  });
});

describe('the other spellings of the go-template printer', () => {
  const c = createCluster({ seed: 1 });
  c.exec(`cat > object.json <<'EOF'\n${object}EOF`);
  c.exec(`cat > t.tmpl <<'EOF'\n{{.kind}}/{{.metadata.name}}\nEOF`);
  test.each([
    ['-o template={{.kind}}', 'Pod', '', 0],
    ['--template={{.kind}}', 'Pod', '', 0],
    ['-o template --template={{.kind}}', 'Pod', '', 0],
    ['-o go-template-file=t.tmpl', 'Pod/web\n', '', 0],
    ['-o templatefile=t.tmpl', 'Pod/web\n', '', 0],
    ['-o go-template', '', 'error: template format specified but no template given\n', 1],
    ['-o go-template-file=/nonexist', '', 'error: error reading --template /nonexist, open /nonexist: no such file or directory\n', 1],
  ])('kubectl annotate --local -f object.json q=1 %s', (flags, stdout, stderr, exitCode) => {
    const r = c.exec(`kubectl annotate --local -f object.json q=1 ${flags}`);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout, stderr, exitCode });
  });
});

describe('the go-template parser and executor never throw anything but their own errors', () => {
  const data = JSON.parse(object);
  test('random templates built from the grammar\'s pieces', () => {
    const piece = fc.constantFrom(
      '{{', '}}', '{{-', '-}}', ' ', '.', '.metadata', '.name', '.spec', '.containers', '$', '$x', ':=', '=', '|', '(', ')', ',',
      'if', 'else', 'end', 'range', 'with', 'break', 'continue', '/*', '*/', '"', '`', "'", '\\', 'x', '1', '-2', '1.5', 'true', 'nil',
      'len', 'index', 'slice', 'printf', '"%d %s %v"', 'print', 'eq', 'lt', 'and', 'or', 'not', 'html', 'js', 'urlquery', 'exists', 'base64decode', '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const r = runGoTemplate(pieces.join(''), data);
        expect(typeof r.stdout).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('hostile nesting gets a clear error, not a stack overflow', () => {
  test.each([
    ['parentheses', (n: number) => `{{${'('.repeat(n)}1${')'.repeat(n)}}}`],
    ['if', (n: number) => `${'{{if 1}}'.repeat(n)}x${'{{end}}'.repeat(n)}`],
    ['range', (n: number) => `${'{{range 1}}'.repeat(n)}x${'{{end}}'.repeat(n)}`],
  ])('%s', (_, build) => {
    expect(runGoTemplate(build(500), {}).error).toBeUndefined();
    expect(runGoTemplate(build(3000), {}).error).toMatch(/nested more than 1000 levels deep, too deep for this simulation$/);
  });
});

describe('every verb that prints objects takes a go-template', () => {
  test('get, and a client dry run of run', () => {
    const c = createCluster({ seed: 1 });
    c.exec('kubectl run web --image=nginx');
    expect(c.exec(`kubectl get pod web -o go-template='{{.metadata.name}} {{range .spec.containers}}{{.image}}{{end}}'`).stdout).toBe('web nginx');
    expect(c.exec(`kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}'`).stdout).toBe('web\n');
    expect(c.exec(`kubectl get pod web --template='{{.kind}}'`).stdout).toBe('Pod');
    expect(c.exec(`kubectl run x --image=busybox --dry-run=client -o go-template='{{.spec.containers}}'`).stdout).toMatch(/^\[map\[image:busybox name:x resources:map\[\]\]\]$/);
  });
});
