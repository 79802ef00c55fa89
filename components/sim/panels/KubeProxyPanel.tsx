/** @jsxImportSource preact */
// kube-proxy: the nat rules each node's kube-proxy last wrote (iptables-save format), from the engine's
// proxyRules(node). A node without a kube-proxy (or an engine error) gets a notice instead of invented rules.
import type { SimStrings } from '../../../src/i18n/sim.ts';
import type { ClusterViewData } from '../model/cluster-contract.ts';
import type { InspectableCluster } from '../engine.ts';

interface Props {
  t: SimStrings;
  cluster: InspectableCluster;
  view: ClusterViewData;
}

/** The node's nat table without iptables-save's comment lines (their dates are not meaningful here). */
export function natRules(cluster: InspectableCluster, node: string): string | undefined {
  let text: string | undefined;
  try {
    text = cluster.proxyRules(node);
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  return text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n')
    .trim();
}

export function KubeProxyPanel({ t, cluster, view }: Props) {
  const k = t.panels.kubeProxy;
  const proxies = view.components.filter((c) => c.kind === 'kube-proxy');
  const rules = proxies.map((p) => ({ node: p.node ?? p.id, text: p.node ? natRules(cluster, p.node) : undefined }));
  if (rules.length === 0 || rules.every((r) => r.text === undefined)) return <p class="sim-hint">{k.unavailable}</p>;
  return (
    <div class="sim-panel">
      {rules.map((r) => (
        <section>
          <h3>
            {k.node}: {r.node}
          </h3>
          <pre class="sim-keys" tabIndex={0} role="region" aria-label={`${k.rules}: ${r.node}`}>
            {r.text ?? ''}
          </pre>
        </section>
      ))}
    </div>
  );
}
