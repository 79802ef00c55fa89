import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCluster } from '../../../src/sim/index';

// Random command lines for the commands this part adds: never an exception, always an exit code,
// and a failed command leaves every API object as it was.
const word = fc.constantFrom('web', 'dev', 'Dev_1', '', '80', '80:8080', 'abc', '-1', '99999', 'None', 'pods=2', 'pods', 'cpu=1.5', 'x=ten', 'nosuch', 'svc', 'pod', 'deployment');
const flag = fc.constantFrom('--tcp', '--node-port', '--hard', '--scopes', '--port', '--target-port', '--type', '--name', '--namespace', '-n', '--dry-run', '-o', '--clusterip', '--external-name', '--current', '--save-config', '--selector', '-f');
const value = fc.constantFrom('80', '80:http', 'abc', '30080', '8080', 'client', 'server', 'none', 'bogus', 'yaml', 'json', 'name', 'NodePort', 'Foo', 'dev', 'default', 'BestEffort', 'pods=1', 'x.yaml', '');
const part = fc.oneof(word, fc.tuple(flag, value).map(([f, v]) => `${f}=${v}`), flag);
const command = fc.tuple(
  fc.constantFrom('kubectl create service clusterip', 'kubectl create service nodeport', 'kubectl create service externalname', 'kubectl create service', 'kubectl create namespace', 'kubectl create quota', 'kubectl expose', 'kubectl apply', 'kubectl config set-context', 'kubectl config use-context', 'kubectl config get-contexts'),
  fc.array(part, { maxLength: 5 }),
).map(([head, rest]) => [head, ...rest].join(' '));

describe('bad input to services, namespaces, quotas, apply and config', () => {
  it('never throws; a failed command changes no object', () => {
    const c = createCluster({ seed: 5 });
    c.settle();
    c.exec('kubectl run web --image=nginx --labels=app=web');
    c.settle();
    const state = () => ['services', 'namespaces', 'resourcequotas', 'endpoints', 'endpointslices', 'pods']
      .map((k) => c.listObjects(k).map((o) => `${o.metadata.namespace}/${o.metadata.name}@${o.metadata.resourceVersion}`).sort().join(',')).join('|');
    fc.assert(fc.property(command, (line) => {
      const before = state();
      const r = c.exec(line, { files: { 'x.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: filed\nspec:\n  ports:\n  - port: 80\n' } });
      expect(typeof r.exitCode).toBe('number');
      if (r.exitCode !== 0) {
        expect(r.stderr.length).toBeGreaterThan(0);
        expect(state()).toBe(before);
      }
      c.settle();
    }), { numRuns: 300 });
  });
});
