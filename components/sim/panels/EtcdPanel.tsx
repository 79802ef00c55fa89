/** @jsxImportSource preact */
// etcd: Raft members (role, term, commit index, up/down), their logs, and the keyspace Kubernetes stored.
import type { SimStrings } from '../../../src/i18n/sim.ts';
import { fmt } from '../format.ts';
import type { ClusterViewData } from '../model/cluster-contract.ts';
import { etcdKeys, type InspectableCluster } from '../engine.ts';
import { RaftLog } from './RaftLog.tsx';

interface Props {
  t: SimStrings;
  cluster: InspectableCluster;
  view: ClusterViewData;
}

export function EtcdPanel({ t, cluster, view }: Props) {
  const e = t.panels.etcd;
  const keys = etcdKeys(cluster);
  return (
    <div class="sim-panel">
      <h3>{e.members}</h3>
      <p>{fmt(e.revision, { rev: view.etcd.revision })}</p>
      <div class="sim-table-wrap">
        <table class="sim-table">
          <thead>
            <tr>
              <th scope="col">{e.name}</th>
              <th scope="col">{e.role}</th>
              <th scope="col">{e.term}</th>
              <th scope="col">{e.commitIndex}</th>
              <th scope="col">{e.state}</th>
            </tr>
          </thead>
          <tbody>
            {view.etcd.members.map((m) => (
              <tr class={m.up ? '' : 'is-down'}>
                <th scope="row">{m.name}</th>
                <td>{m.role === 'leader' ? `★ ${m.role}` : m.role}</td>
                <td>{m.term}</td>
                <td>{m.commitIndex}</td>
                <td>{m.up ? e.up : e.down}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RaftLog t={t} members={view.etcd.members} />
      <h3>{e.keys}</h3>
      {keys.length === 0 ? (
        <p class="sim-hint">{e.noKeys}</p>
      ) : (
        <pre class="sim-keys" tabIndex={0} role="region" aria-label={e.keys}>
          {keys.join('\n')}
        </pre>
      )}
    </div>
  );
}
