// A DaemonSet is validated at the door like the other workloads (ValidateDaemonSetSpec), so the
// DaemonSet controller never meets one without a selector or a pod template.
import { expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

test('a DaemonSet without a pod template is refused with the API server message, and nothing is stored', () => {
  const c = createCluster({ seed: 1 });
  const yaml = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: x\nspec:\n  selector:\n    matchLabels:\n      a: b\n';
  const r = c.exec('kubectl create -f ds.yaml', { files: { 'ds.yaml': yaml } });
  expect(r.exitCode).toBe(1);
  expect(r.stderr).toContain('The DaemonSet "x" is invalid: spec.template: Required value');
  c.settle();
  expect(c.getObject('daemonsets', 'default', 'x')).toBeUndefined();
});

test('a DaemonSet with an empty selector is refused', () => {
  const c = createCluster({ seed: 1 });
  const yaml = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: y\nspec:\n  selector: {}\n  template:\n    metadata:\n      labels:\n        a: b\n    spec:\n      containers:\n      - name: c\n        image: nginx\n';
  const r = c.exec('kubectl create -f ds.yaml', { files: { 'ds.yaml': yaml } });
  expect(r.exitCode).toBe(1);
  expect(r.stderr).toContain('empty selector is invalid for daemonset');
});
