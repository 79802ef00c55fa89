/** @jsxImportSource preact */
// Fault injection the scenario allows: stop/start kubelets and etcd members, delete pods.
import type { FaultId } from '../../src/sim/scenarios/types.ts';
import type { SimStrings } from '../../src/i18n/sim.ts';
import { fmt } from './format.ts';
import type { ClusterViewData } from './model/cluster-contract.ts';
import type { FaultKind } from './model/session.ts';

interface Props {
  t: SimStrings;
  view: ClusterViewData;
  allowed: FaultId[];
  onFault(kind: FaultKind, target: string): void;
}

export function Faults({ t, view, allowed, onFault }: Props) {
  const kubelets = view.components.filter((c) => c.kind === 'kubelet');
  const pods = view.nodes.flatMap((n) => n.pods).filter((p) => p.namespace !== 'kube-system' && p.status !== 'Terminating');
  return (
    <div class="sim-faults">
      {allowed.includes('kubelet') && (
        <fieldset>
          <legend>{t.faults.kubelets}</legend>
          <ul>
            {kubelets.map((k) => {
              const node = k.node ?? k.id;
              return (
                <li>
                  <span>
                    {k.node ?? k.id}: {k.up ? t.faults.running : t.faults.stopped}
                  </span>
                  <button
                    type="button"
                    class="sim-button sim-text-button"
                    onClick={() => onFault(k.up ? 'stopKubelet' : 'startKubelet', node)}
                  >
                    {fmt(k.up ? t.faults.stop : t.faults.start, { n: `kubelet (${node})` })}
                  </button>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {allowed.includes('etcd-member') && (
        <fieldset>
          <legend>{t.faults.etcdMembers}</legend>
          <ul>
            {view.etcd.members.map((m) => (
              <li>
                <span>
                  {m.name} ({m.role}): {m.up ? t.faults.running : t.faults.stopped}
                </span>
                <button
                  type="button"
                  class="sim-button sim-text-button"
                  onClick={() => onFault(m.up ? 'stopEtcdMember' : 'startEtcdMember', m.name)}
                >
                  {fmt(m.up ? t.faults.stop : t.faults.start, { n: m.name })}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {allowed.includes('delete-pod') && (
        <fieldset>
          <legend>{t.faults.pods}</legend>
          {pods.length === 0 ? (
            <p class="sim-hint">{t.faults.noPods}</p>
          ) : (
            <ul>
              {pods.map((p) => (
                <li>
                  <span>
                    {p.namespace}/{p.name}: {p.status}
                  </span>
                  <button type="button" class="sim-button sim-text-button" onClick={() => onFault('deletePod', `${p.namespace}/${p.name}`)}>
                    {fmt(t.faults.deletePod, { n: p.name })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      )}
    </div>
  );
}
