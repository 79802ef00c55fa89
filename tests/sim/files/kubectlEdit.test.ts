import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { EditRequest } from '../../../src/sim/cli/editor/editRequest.ts';

// The texts are kubectl 1.33's (staging/src/k8s.io/kubectl/pkg/cmd/util/editor/editoptions.go):
// the header, `Edit cancelled, no changes made.`, the reopen reasons and the preserved-file lines.
const HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

function withDeployment() {
  const c = createCluster({ seed: 1 });
  c.exec('kubectl create deployment web --image=nginx');
  c.settle();
  return c;
}

/** An editor that answers each opening in turn and records what it was shown. */
function editor(...answers: ((text: string) => string | null)[]) {
  const seen: EditRequest[] = [];
  return { seen, edit: (r: EditRequest) => { seen.push(r); return (answers[seen.length - 1] ?? (() => null))(r.text); } };
}

describe('kubectl edit', () => {
  it('opens the live object under the header and sends the change', () => {
    const c = withDeployment();
    const e = editor((t) => t.replace('replicas: 1\n', 'replicas: 3\n'));
    expect(c.exec('kubectl edit deploy web', { editor: e.edit })).toEqual({ stdout: 'deployment.apps/web edited\n', stderr: '', exitCode: 0 });
    expect(e.seen[0].text.startsWith(`${HEADER}apiVersion: apps/v1\nkind: Deployment\n`)).toBe(true);
    expect(e.seen[0].path).toMatch(/^\/tmp\/kubectl-edit-\d+\.yaml$/);
    expect(e.seen[0]).toMatchObject({ keys: 'vi', purpose: 'object', language: 'yaml' });
    c.settle();
    expect(c.exec('kubectl get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('3');
    // The temp file of a successful edit is removed.
    expect(c.exec('ls /tmp').stdout).toBe('');
  });

  it('TYPE NAME, -n and -o json (no header), and $KUBE_EDITOR=nano', () => {
    const c = withDeployment();
    c.exec('kubectl create namespace dev');
    c.exec('kubectl create deployment api --image=nginx -n dev');
    const e = editor((t) => t.replace('"replicas": 1,', '"replicas": 2,'));
    c.exec('export KUBE_EDITOR=nano');
    expect(c.exec('kubectl edit deployment api -n dev -o json', { editor: e.edit }).stdout).toBe('deployment.apps/api edited\n');
    expect(e.seen[0].text.startsWith('{\n    "apiVersion": "apps/v1",')).toBe(true);
    expect(e.seen[0]).toMatchObject({ keys: 'nano', language: 'json' });
    expect(e.seen[0].path).toMatch(/\.json$/);
  });

  it('no change, or quitting without saving: Edit cancelled, no changes made.', () => {
    const c = withDeployment();
    expect(c.exec('kubectl edit deploy/web', { editor: (r) => r.text })).toEqual({ stdout: '', stderr: 'Edit cancelled, no changes made.\n', exitCode: 0 });
    expect(c.exec('kubectl edit deploy/web')).toEqual({ stdout: '', stderr: 'Edit cancelled, no changes made.\n', exitCode: 0 });
    // Comments and formatting are not changes.
    expect(c.exec('kubectl edit deploy/web', { editor: (r) => `# mine\n${r.text}\n\n` }).stderr).toBe('Edit cancelled, no changes made.\n');
    expect(c.exec('kubectl edit deploy/web', { editor: () => '# nothing\n' }).stderr).toBe('Edit cancelled, saved file was empty.\n');
  });

  it('a YAML error reopens the file with the syntax error on top; saving it unchanged keeps a copy', () => {
    const c = withDeployment();
    const e = editor((t) => t.replace('kind: Deployment\n', 'kind: Deployment\n  bad: [\n'));
    const r = c.exec('kubectl edit deploy web', { editor: e.edit });
    expect(e.seen).toHaveLength(2);
    expect(e.seen[1].text).toContain(`${HEADER}# The edited file had a syntax error: error parsing edited-file: error converting YAML to JSON: yaml: line `);
    expect(e.seen[1].text).toContain('#\napiVersion: apps/v1\nkind: Deployment\n  bad: [\n');
    expect(e.seen[1].path).not.toBe(e.seen[0].path);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`A copy of your changes has been stored to "${e.seen[1].path}"\nerror: Edit cancelled, no valid changes were saved.\n`);
    expect(r.exitCode).toBe(1);
  });

  it('an invalid edit reopens with the causes, then fixing it applies', () => {
    const c = withDeployment();
    const e = editor((t) => t.replace('replicas: 1\n', 'replicas: -1\n'), (t) => t.replace('replicas: -1\n', 'replicas: 2\n'));
    const r = c.exec('kubectl edit deploy web', { editor: e.edit });
    expect(e.seen[1].text).toContain(`${HEADER}# deployments.apps "web" was not valid:\n# * spec.replicas: Invalid value: -1: must be greater than or equal to 0\n#\n`);
    expect(r).toEqual({ stdout: 'deployment.apps/web edited\n', stderr: 'error: deployments.apps "web" is invalid\n', exitCode: 0 });
  });

  it('a rejected pod edit is kept in /tmp with kubectl\'s messages, and replace --force applies it', () => {
    const c = createCluster({ seed: 1 });
    c.exec('kubectl run x --image=nginx');
    c.settle();
    const e = editor((t) => t.replace('restartPolicy: Always', 'restartPolicy: Never'));
    const r = c.exec('kubectl edit pod x', { editor: e.edit });
    const kept = e.seen[1].path;
    expect(e.seen[1].text).toContain('# pods "x" was not valid:\n# * spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`');
    expect(r).toEqual({ stdout: '', stderr: `error: pods "x" is invalid\nA copy of your changes has been stored to "${kept}"\nerror: Edit cancelled, no valid changes were saved.\n`, exitCode: 1 });
    expect(c.exec(`cat ${kept}`).stdout).toContain('restartPolicy: Never');
    expect(c.exec(`kubectl replace --force -f ${kept}`)).toEqual({ stdout: 'pod "x" deleted\npod/x replaced\n', stderr: '', exitCode: 0 });
    expect(c.exec('kubectl get pod x -o jsonpath={.spec.restartPolicy}').stdout).toBe('Never');
  });

  it('errors before the editor opens are kubectl\'s', () => {
    const c = withDeployment();
    expect(c.exec('kubectl edit deploy nope')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n', exitCode: 1 });
    expect(c.exec('kubectl edit').stderr).toContain('error: You must provide one or more resources by argument or filename.');
    expect(c.exec('kubectl edit deploy/web', { editor: (r) => r.text.replace('name: web\n  namespace', 'name: other\n  namespace') }).stderr).toMatch(/^A copy of your changes has been stored to "\/tmp\/kubectl-edit-\d+\.yaml"\nerror: At least one of apiVersion, kind and name was changed\n$/);
  });

  it('the temp file name comes from the seeded RNG (same seed, same name)', () => {
    const names = [1, 2].map(() => {
      const c = withDeployment();
      let path = '';
      c.exec('kubectl edit deploy web', { editor: (r) => { path = r.path; return null; } });
      return path;
    });
    expect(names[0]).toBe(names[1]);
  });
});

describe('kubectl edit against the real kubectl 1.33 (tests/golden/kubectl-edit, scripts/golden/record-kubectl-edit.sh)', () => {
  const golden = (name: string) => readFileSync(new URL(`../../golden/kubectl-edit/${name}`, import.meta.url), 'utf8');
  const normalise = (text: string) => text.replace(/\/tmp\/kubectl-edit-\d+\.yaml/g, '/tmp/kubectl-edit-N.yaml');

  it('shows the same header, and says the same when nothing changed', () => {
    const c = withDeployment();
    const e = editor((t) => t);
    const r = c.exec('kubectl edit deploy web', { editor: e.edit });
    expect(e.seen[0].text.startsWith(golden('header.txt'))).toBe(true);
    expect(r).toEqual({ stdout: golden('no-change.stdout'), stderr: golden('no-change.stderr'), exitCode: Number(golden('no-change.exit')) });
  });

  it('says the same when the same syntax error is saved twice', () => {
    const c = withDeployment();
    const r = c.exec('kubectl edit deploy web', { editor: () => 'apiVersion: apps/v1\nkind: Deployment\n  bad: [\n' });
    expect({ ...r, stderr: normalise(r.stderr) }).toEqual({ stdout: golden('syntax-error-twice.stdout'), stderr: golden('syntax-error-twice.stderr'), exitCode: Number(golden('syntax-error-twice.exit')) });
  });
});
