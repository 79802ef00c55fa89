import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import { splitResourcesAndPairs } from '../../../src/sim/cli/kubectl/verbs/annotate.ts';

// kubectl annotate on a live cluster (the offline goldens cover --local and the argument errors).
function cluster() {
  const c = createCluster({ seed: 3 });
  const run = (line: string) => {
    const r = c.exec(line);
    c.settle();
    return r;
  };
  return { c, run };
}

const annotationsOf = (c: ReturnType<typeof createCluster>, name: string) =>
  c.getObject('deployments', 'default', name)?.metadata.annotations ?? {};

describe('kubectl annotate on the API server', () => {
  test('the note\'s change-cause shows in rollout history, and may be overwritten without --overwrite', () => {
    const { c, run } = cluster();
    expect(run('kubectl create deployment myapp-deployment --image=nginx:1.27').exitCode).toBe(0);
    const r = run('kubectl annotate deployment/myapp-deployment kubernetes.io/change-cause="image updated to nginx:1.28"');
    expect(r).toEqual({ stdout: 'deployment.apps/myapp-deployment annotated\n', stderr: '', exitCode: 0 });
    expect(run('kubectl rollout history deployment/myapp-deployment').stdout).toBe(
      'deployment.apps/myapp-deployment \nREVISION  CHANGE-CAUSE\n1         image updated to nginx:1.28\n\n');
    // kubectl exempts the change-cause from the no-overwrite check.
    expect(run('kubectl annotate deployment myapp-deployment kubernetes.io/change-cause=again').exitCode).toBe(0);
    expect(annotationsOf(c, 'myapp-deployment')['kubernetes.io/change-cause']).toBe('again');
    // A new revision keeps the cause of each ReplicaSet.
    run('kubectl set image deployment/myapp-deployment nginx=nginx:1.28');
    run('kubectl annotate deployment myapp-deployment kubernetes.io/change-cause="image updated to nginx:1.28"');
    expect(run('kubectl rollout history deployment/myapp-deployment').stdout).toContain('1         again\n2         image updated to nginx:1.28\n');
  });

  test('changing a value needs --overwrite; a rejected command changes nothing', () => {
    const { c, run } = cluster();
    run('kubectl create deployment web --image=nginx');
    expect(run('kubectl annotate deploy web owner=alice').exitCode).toBe(0);
    const before = c.getObject('deployments', 'default', 'web')!.metadata.resourceVersion;
    expect(run('kubectl annotate deploy web owner=bob note=x')).toEqual({
      stdout: '', stderr: "error: --overwrite is false but found the following declared annotation(s): 'owner' already has a value (alice)\n", exitCode: 1,
    });
    expect(c.getObject('deployments', 'default', 'web')!.metadata.resourceVersion).toBe(before);
    expect(annotationsOf(c, 'web').note).toBeUndefined();
    expect(run('kubectl annotate deploy web owner=bob --overwrite').exitCode).toBe(0);
    expect(annotationsOf(c, 'web').owner).toBe('bob');
    expect(run('kubectl annotate deploy web owner-').stdout).toBe('deployment.apps/web annotated\n');
    expect(annotationsOf(c, 'web').owner).toBeUndefined();
  });

  test('--dry-run=client and --dry-run=server print without changing the object', () => {
    const { c, run } = cluster();
    run('kubectl create deployment web --image=nginx');
    expect(run('kubectl annotate deploy web a=b --dry-run=client').stdout).toBe('deployment.apps/web annotated (dry run)\n');
    expect(run('kubectl annotate deploy web a=b --dry-run=server').stdout).toBe('deployment.apps/web annotated (server dry run)\n');
    expect(annotationsOf(c, 'web').a).toBeUndefined();
    const y = run('kubectl annotate deploy web a=b --dry-run=server -o yaml').stdout;
    expect(y).toContain('    a: b\n');
  });

  test('--all, -l, several names, -f, and the builder errors', () => {
    const { c, run } = cluster();
    run('kubectl run a --image=nginx --labels=tier=x');
    run('kubectl run b --image=nginx --labels=tier=y');
    expect(run('kubectl annotate pods --all k=v').stdout).toBe('pod/a annotated\npod/b annotated\n');
    expect(run('kubectl annotate pods -l tier=y k2=v').stdout).toBe('pod/b annotated\n');
    expect(c.getObject('pods', 'default', 'a')!.metadata.annotations?.k2).toBeUndefined();
    expect(run('kubectl annotate pod a b k3=v').stdout).toBe('pod/a annotated\npod/b annotated\n');
    expect(run('kubectl annotate pods k=v')).toMatchObject({ stderr: 'error: resource(s) were provided, but no name was specified\n', exitCode: 1 });
    expect(run('kubectl annotate pod a -l tier=x k=v')).toMatchObject({ stderr: 'error: name cannot be provided when a selector is specified\n', exitCode: 1 });
    const missing = run('kubectl annotate pod a nope k4=v');
    expect(missing).toEqual({ stdout: 'pod/a annotated\n', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    expect(run('kubectl annotate pods a b --list k5=v --resource-version=1')).toMatchObject({ stderr: 'error: --resource-version may only be used with a single resource\n', exitCode: 1 });
  });

  test('--list shows the annotations (with a header per object when several) and changes nothing', () => {
    const { c, run } = cluster();
    run('kubectl run a --image=nginx');
    run('kubectl run b --image=nginx');
    run('kubectl annotate pods --all z=1 a=2');
    expect(run('kubectl annotate pod a --list').stdout).toBe('a=2\nz=1\n');
    expect(run('kubectl annotate pods --all --list').stdout).toBe('Listing annotations for Pod./a:\n a=2\n z=1\nListing annotations for Pod./b:\n a=2\n z=1\n');
    expect(run('kubectl annotate pod a --list new=1').stdout).toBe('a=2\nnew=1\nz=1\n');
    expect(c.getObject('pods', 'default', 'a')!.metadata.annotations?.new).toBeUndefined();
  });
});

describe('resources before pairs (cmdutil.GetResourcesAndPairs)', () => {
  const word = fc.stringMatching(/^[a-z][a-z0-9./]{0,6}$/);
  const pair = fc.oneof(fc.tuple(word, fc.stringMatching(/^[a-z0-9]{0,4}$/)).map(([k, v]) => `${k}=${v}`), word.map((k) => `${k}-`));
  test('resources then pairs split back into the same two lists; a resource after a pair is an error', () => {
    fc.assert(fc.property(fc.array(word.filter((w) => !w.endsWith('-')), { maxLength: 3 }), fc.array(pair, { minLength: 1, maxLength: 3 }), (resources, pairs) => {
      expect(splitResourcesAndPairs([...resources, ...pairs], 'annotation')).toEqual({ resources, pairs });
      const late = splitResourcesAndPairs([...pairs, 'deployment'], 'annotation');
      expect(late.error).toBe('all resources must be specified before annotation changes: deployment');
    }));
  });
});

describe('the API server validates annotation keys', () => {
  test('a key that is no qualified name is rejected with the real message, and nothing changes', () => {
    const { c, run } = cluster();
    run('kubectl create deployment web --image=nginx');
    expect(run('kubectl annotate deploy web "bad key=x"')).toEqual({
      stdout: '',
      stderr: 'The Deployment "web" is invalid: metadata.annotations: Invalid value: "bad key": name part must consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character (e.g. \'MyName\',  or \'my.name\',  or \'123-abc\', regex used for validation is \'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\')\n',
      exitCode: 1,
    });
    expect(annotationsOf(c, 'web')['bad key']).toBeUndefined();
    // Case does not matter in the prefix.
    expect(run('kubectl annotate deploy web Example.COM/Owner=x').exitCode).toBe(0);
  });
});
