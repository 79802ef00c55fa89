// kubectl replace --force: delete, wait until gone, create again from the file (texts from kubectl 1.33).
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

describe('kubectl replace --force', () => {
  test('the output of get -o yaml can be replaced as it is: a new pod with a new uid', () => {
    const c = createCluster({ seed: 5 });
    c.exec('kubectl run myapp-pod --image=nginx');
    c.settle();
    const before = JSON.parse(c.exec('kubectl get pod myapp-pod -o json').stdout);
    expect(c.exec('kubectl get pod myapp-pod -o yaml > myapp-pod.yaml').exitCode).toBe(0);
    const r = c.exec('kubectl replace --force -f myapp-pod.yaml');
    expect(r).toEqual({ stdout: 'pod "myapp-pod" deleted\npod/myapp-pod replaced\n', stderr: '', exitCode: 0 });
    c.settle();
    const after = JSON.parse(c.exec('kubectl get pod myapp-pod -o json').stdout);
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    expect(after.status.phase).toBe('Running');
  });

  test('a missing object is simply created', () => {
    const c = createCluster({ seed: 5 });
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n    image: nginx\n';
    expect(c.exec('kubectl replace --force -f x.yaml', { files: { 'x.yaml': pod } })).toEqual({ stdout: 'pod/x replaced\n', stderr: '', exitCode: 0 });
  });

  test.each([
    ['--grace-period=0', 'error: --grace-period must have --force specified\n'],
    ['--timeout=10s', 'error: --timeout must have --force specified\n'],
    ['--force --dry-run=client', 'error: --dry-run can not be used when --force is set\n'],
    ['--timeout=abc --force', 'error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"\nSee \'kubectl replace --help\' for usage.\n'],
  ])('kubectl replace %s: the real validation error, nothing changes', (flags, stderr) => {
    const c = createCluster({ seed: 5 });
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n    image: nginx\n';
    const r = c.exec(`kubectl replace ${flags} -f x.yaml`, { files: { 'x.yaml': pod } });
    expect(r).toEqual({ stdout: '', stderr, exitCode: 1 });
    expect(c.exec('kubectl get pod x').exitCode).toBe(1);
  });
});
