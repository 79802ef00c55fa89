/** @jsxImportSource preact */
// kube-proxy: the nat rules each node's kube-proxy last wrote (iptables-save format). Uses the
// engine's proxyRules(node) when the public API offers it; until then it reads the kube-proxy
// component's own iptables-save output. Without either, the panel says so instead of inventing rules.
import type { SimStrings } from '../../../src/i18n/sim.ts';
import type { ClusterViewData } from '../model/cluster-contract.ts';
import type { InspectableCluster } from '../engine.ts';

interface Props {
  t: SimStrings;
  cluster: InspectableCluster;
  view: ClusterViewData;
}

interface RuleSources {
  proxyRules?: (node: string) => string;
  components?: Map<string, { iptablesSave?: (epochMs: number, table?: string) => string }>;
}

/** The node's nat table without iptables-save's comment lines (their dates are not meaningful here). */
export function natRules(cluster: InspectableCluster, componentId: string, node: string): string | undefined {
  const src = cluster as unknown as RuleSources;
  let text: string | undefined;
  try {
    if (typeof src.proxyRules === 'function') text = src.proxyRules(node);
    else text = src.components?.get(componentId)?.iptablesSave?.(0, 'nat');
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
  const rules = proxies.map((p) => ({ node: p.node ?? p.id, text: natRules(cluster, p.id, p.node ?? '') }));
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
