import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCluster, type Cluster } from '../../../src/sim/index.ts';

// Property: random command lines of taint, cordon, uncordon, drain, wait, top and the
// --field-selector of get and delete never throw (no simulation error, an exit code always), and
// a command that fails without reporting anything done leaves every object as it was. drain may
// cordon before it fails, as the real one does: for it the pods are compared. The seed is fixed
// (NODES_SEED / NODES_RUNS override it).
const SEED = Number(process.env.NODES_SEED ?? 12);
const RUNS = Number(process.env.NODES_RUNS ?? 400);

const word = fc.constantFrom(
  'nodes', 'node', 'no', 'node01', 'node02', 'controlplane', 'nothere', 'pods', 'pod/web', 'deploy/web', 'node/node01', 'x',
  'a=b:NoSchedule', 'a:NoExecute', 'a-', 'a:NoSchedule-', 'k=v:PreferNoSchedule', 'k=v', 'k=v:Bad', ':NoSchedule', '=:', '-', 'a=b=c:NoSchedule',
  'example.com/k=v:NoSchedule', 'bad key=v:NoSchedule', 'k=bad value:NoExecute', 'node-role.kubernetes.io/control-plane:NoSchedule-',
);
const flag = fc.constantFrom(
  '--all', '--overwrite', '-l', '-l kubernetes.io/hostname=node01', '-l app=web', '-l =', '--selector=a in (b', '--dry-run=client', '--dry-run=server',
  '--ignore-daemonsets', '--force', '--delete-emptydir-data', '--disable-eviction', '--grace-period=0', '--grace-period=x', '--timeout=2s', '--timeout=0',
  '--timeout=-1s', '--timeout=bogus', '--pod-selector=app=web', '--for=delete', '--for=condition=Ready', '--for=condition=Available=false',
  "--for=jsonpath={.status.phase}=Running", '--for=jsonpath={.spec', '--for=jsonpath=.metadata.name', '--for=create', '--for=', '-A',
  '--field-selector=spec.nodeName=node01', '--field-selector=status.phase!=Running', '--field-selector=bogus=1', '--field-selector=x', '--field-selector=',
  '-o name', '-o yaml', '-o wide', '--no-headers', '--containers', '--unknown', '-n kube-system', '-v=6',
);
const verb = fc.constantFrom('taint', 'cordon', 'uncordon', 'drain', 'wait', 'top', 'get', 'delete');
// wait and drain start with a short --timeout (a later generated one wins, as in pflag), so that
// the waits that cannot end cost seconds of virtual time, not kubectl's 30 s default or an hour.
const commandLine = fc.tuple(verb, fc.array(fc.oneof(word, flag), { maxLength: 6 })).map(
  ([v, rest]) => `kubectl ${v}${v === 'wait' || v === 'drain' ? ' --timeout=1s' : ''} ${rest.join(' ')}`.trim());

const KINDS = ['pods', 'deployments', 'replicasets', 'daemonsets', 'nodes', 'namespaces'];
/** What only requests change: identity, labels and spec (status follows the running cluster). */
const state = (c: Cluster, kinds = KINDS) => JSON.stringify(kinds.map((k) => c.listObjects(k).map((o) => [o.metadata.namespace, o.metadata.name, o.metadata.uid, o.metadata.labels, (o as { spec?: unknown }).spec])));

function cluster(): Cluster {
  const c = createCluster({ seed: 3 });
  for (const line of ['kubectl create deployment web --image=nginx --replicas=2', 'kubectl run bare --image=nginx']) {
    expect(c.exec(line).exitCode, line).toBe(0);
    c.settle();
  }
  return c;
}

describe('node and wait verbs under random command lines (property-based)', () => {
  test(`${RUNS} random command lines never throw; a failure that reports nothing done changes nothing`, { timeout: 300_000 }, () => {
    let c = cluster();
    let runs = 0;
    fc.assert(
      fc.property(commandLine, (line) => {
        // A fresh cluster now and then, so earlier changes do not pile up.
        if (++runs % 500 === 0) c = cluster();
        // The consequences of the previous command (the unschedulable taint, replacement pods) first.
        c.settle();
        const before = state(c);
        const pods = state(c, ['pods']);
        const r = c.exec(line);
        expect(r.stderr, line).not.toContain('simulation error');
        expect(Number.isInteger(r.exitCode), line).toBe(true);
        if (r.exitCode === 0) return;
        if (line.startsWith('kubectl drain')) {
          if (!r.stdout.includes('evicting pod') && !r.stdout.includes(' deleted')) expect(state(c, ['pods']), line).toBe(pods);
        } else if (r.stdout === '') expect(state(c), line).toBe(before);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
