/** @jsxImportSource preact */
// Rollout progress: Deployments (desired, up-to-date, ready, available) and their ReplicaSets.
import type { SimStrings } from '../../../src/i18n/sim.ts';
import { listObjects, type InspectableCluster, type ObjectLike } from '../engine.ts';

interface Props {
  t: SimStrings;
  cluster: InspectableCluster;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

export function RolloutPanel({ t, cluster }: Props) {
  const r = t.panels.rollout;
  const deployments = listObjects(cluster, 'deployments');
  const replicasets = listObjects(cluster, 'replicasets');
  if (deployments.length === 0 && replicasets.length === 0) return <p class="sim-hint">{r.none}</p>;
  const revision = (o: ObjectLike) => o.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? '—';
  return (
    <div class="sim-panel">
      {deployments.length > 0 && (
        <>
          <h3>{r.deployments}</h3>
          {deployments.map((d) => {
            const desired = num(d.spec?.replicas);
            const updated = num(d.status?.updatedReplicas);
            const available = num(d.status?.availableReplicas);
            return (
              <div class="sim-rollout">
                <p>
                  <strong>{d.metadata?.name}</strong> — {r.desired} {desired}, {r.updated} {updated}, {r.ready}{' '}
                  {num(d.status?.readyReplicas)}, {r.available} {available}
                </p>
                <meter min={0} max={Math.max(desired, 1)} value={updated} aria-label={`${d.metadata?.name}: ${r.updated} ${updated}/${desired}`}>
                  {updated}/{desired}
                </meter>
              </div>
            );
          })}
        </>
      )}
      {replicasets.length > 0 && (
        <>
          <h3>{r.replicasets}</h3>
          <div class="sim-table-wrap">
            <table class="sim-table">
              <thead>
                <tr>
                  <th scope="col">{r.name}</th>
                  <th scope="col">{r.desired}</th>
                  <th scope="col">{r.current}</th>
                  <th scope="col">{r.ready}</th>
                  <th scope="col">{r.revision}</th>
                </tr>
              </thead>
              <tbody>
                {replicasets.map((rs) => (
                  <tr>
                    <th scope="row">{rs.metadata?.name}</th>
                    <td>{num(rs.spec?.replicas)}</td>
                    <td>{num(rs.status?.replicas)}</td>
                    <td>{num(rs.status?.readyReplicas)}</td>
                    <td>{revision(rs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
