// The workload kubectl commands: pure pieces (status texts, rollback choice, generator) and their
// behaviour against the simulated cluster.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { Deployment, ReplicaSet } from '../../../src/sim/api/types.ts';
import { deploymentRolloutStatus } from '../../../src/sim/cli/kubectl/workloads/rolloutStatus.ts';
import { rollbackPatch } from '../../../src/sim/cli/kubectl/workloads/rollback.ts';
import { containerNameFromImage } from '../../../src/sim/cli/kubectl/workloads/deploymentGenerator.ts';
import { nginxDeployment } from './support/fakeWorld.ts';

function withStatus(s: Deployment['status'], generation = 1): Deployment {
  const d = nginxDeployment('web', 3);
  d.metadata.generation = generation;
  d.status = s;
  return d;
}

describe('rollout status texts (DeploymentStatusViewer)', () => {
  it('walks through the real messages', () => {
    expect(deploymentRolloutStatus(withStatus({ observedGeneration: 1 }, 2))).toEqual({ ok: true, done: false, message: 'Waiting for deployment spec update to be observed...\n' });
    expect(deploymentRolloutStatus(withStatus({ observedGeneration: 1, updatedReplicas: 1, replicas: 4 }))).toMatchObject({ message: 'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...\n' });
    expect(deploymentRolloutStatus(withStatus({ observedGeneration: 1, updatedReplicas: 3, replicas: 4 }))).toMatchObject({ message: 'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...\n' });
    expect(deploymentRolloutStatus(withStatus({ observedGeneration: 1, updatedReplicas: 3, replicas: 3, availableReplicas: 2 }))).toMatchObject({ message: 'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...\n' });
    expect(deploymentRolloutStatus(withStatus({ observedGeneration: 1, updatedReplicas: 3, replicas: 3, availableReplicas: 3 }))).toEqual({ ok: true, done: true, message: 'deployment "web" successfully rolled out\n' });
  });
  it('fails on a missed progress deadline', () => {
    const d = withStatus({ observedGeneration: 1, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] });
    expect(deploymentRolloutStatus(d)).toEqual({ ok: false, error: 'deployment "web" exceeded its progress deadline' });
  });
});

describe('rollback choice (deploymentRevision)', () => {
  const rs = (rev: string, image: string): ReplicaSet => ({
    apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: `web-${rev}`, annotations: { 'deployment.kubernetes.io/revision': rev, 'kubernetes.io/change-cause': `to ${image}` } },
    spec: { replicas: 0, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web', 'pod-template-hash': `h${rev}` } }, spec: { containers: [{ name: 'nginx', image }], restartPolicy: 'Always' } } },
  });
  const d = nginxDeployment('web', 3, 'nginx:3');
  const rss = [rs('1', 'nginx:1'), rs('3', 'nginx:3'), rs('2', 'nginx:2')];
  it('goes back to the second-highest revision, copying the template without the hash and the change-cause', () => {
    const r = rollbackPatch(d, rss, 0);
    expect(r.ok && 'deployment' in r && r.deployment.spec.template).toEqual({ metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:2' }], restartPolicy: 'Always' } });
    expect(r.ok && 'deployment' in r && r.deployment.metadata.annotations).toEqual({ 'kubernetes.io/change-cause': 'to nginx:2' });
  });
  it('skips when the template already matches, errors on a missing revision or a paused Deployment', () => {
    expect(rollbackPatch(d, rss, 3)).toEqual({ ok: true, skipped: 'skipped rollback (current template already matches revision 3)' });
    expect(rollbackPatch(d, rss, 7)).toEqual({ ok: false, error: 'unable to find specified revision 7 in history' });
    expect(rollbackPatch(d, [rs('1', 'nginx:3')], 0)).toEqual({ ok: false, error: 'no rollout history found for deployment "web"' });
    const paused = { ...d, spec: { ...d.spec, paused: true } };
    expect(rollbackPatch(paused, rss, 1)).toEqual({ ok: false, error: "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again" });
  });
});

describe('create deployment container names', () => {
  it('takes the last path element without tag or digest, sanitising "_" and "." with a random suffix', () => {
    const random = () => 'abcde';
    expect(containerNameFromImage('registry.k8s.io/pause:3.9', random)).toBe('pause');
    expect(containerNameFromImage('nginx@sha256:0123', random)).toBe('nginx');
    expect(containerNameFromImage('my_app.v2:1', random)).toBe('my-app-v2-abcde');
  });
});

describe('workload commands in the cluster', () => {
  it('set image errors, rollout of unsupported kinds, history --revision, scale -f', () => {
    const c = createCluster({ seed: 21 });
    c.exec('kubectl create deployment web --image=nginx:1.27 --replicas=2');
    c.settle();
    expect(c.exec('kubectl set image deployment/web nope=nginx:1.28')).toMatchObject({ stderr: 'error: unable to find container named "nope"\n', exitCode: 1 });
    expect(c.exec('kubectl set image deployment/web')).toMatchObject({ stderr: 'error: at least one image update is required\n', exitCode: 1 });
    expect(c.exec('kubectl set image deploy web nginx=nginx:1.28').stdout).toBe('deployment.apps/web image updated\n');
    c.settle();
    const [rs] = c.listObjects('ReplicaSet', 'default') as ReplicaSet[];
    expect(c.exec(`kubectl rollout status rs/${rs.metadata.name}`)).toMatchObject({ stderr: 'error: no status viewer has been implemented for ReplicaSet.apps\n', exitCode: 1 });
    expect(c.exec(`kubectl rollout pause rs/${rs.metadata.name}`).stderr).toBe(`error: replicasets.apps "${rs.metadata.name}" pausing is not supported\n`);
    const h = c.exec('kubectl rollout history deployment/web --revision=2').stdout;
    expect(h.startsWith('deployment.apps/web with revision #2\nPod Template:\n  Labels:\tapp=web\n\tpod-template-hash=')).toBe(true);
    expect(h).toContain('    Image:\tnginx:1.28\n');
    expect(c.exec('kubectl rollout history deployment/web --revision=5')).toMatchObject({ stderr: 'error: unable to find the specified revision\n', exitCode: 1 });
    const file = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';
    expect(c.exec('kubectl scale -f d.yaml --replicas=4', { files: { 'd.yaml': file } }).stdout).toBe('deployment.apps/web scaled\n');
    expect(c.exec('kubectl scale deploy/web --current-replicas=2 --replicas=1')).toMatchObject({ stderr: 'error: Expected replicas to be 2, was 4\n', exitCode: 1 });
    c.settle();
    expect(c.listObjects('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(4);
  });

  it('is deterministic: the same seed and commands give the same log', () => {
    const run = () => {
      const c = createCluster({ seed: 5 });
      c.exec('kubectl create deployment web --image=nginx:1.27 --replicas=5');
      c.settle();
      c.exec('kubectl set image deployment/web nginx=nginx:1.28');
      c.settle();
      return c.log.map((e) => `${e.time} ${e.from} ${e.to} ${e.kind} ${e.object ?? ''} ${JSON.stringify(e.narration)}`).join('\n');
    };
    expect(run()).toBe(run());
  });
});
