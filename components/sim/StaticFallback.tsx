/** @jsxImportSource preact */
// What the player's place shows before it starts and without JavaScript: a static diagram of the
// scenario's cluster and its guided steps as an ordered list, so the note still reads.
import type { Lang, Scenario } from '../../src/sim/scenarios/types.ts';
import type { SimStrings } from '../../src/i18n/sim.ts';
import { fmt } from './format.ts';
import type { ClusterViewData, ComponentView } from './model/cluster-contract.ts';
import { layoutCluster } from './model/layout.ts';

const DEFAULT_NODES = [{ name: 'controlplane', controlPlane: true }, { name: 'node01' }, { name: 'node02' }];

/** The components a fresh cluster of the scenario has, without running the engine. */
export function schematicView(scenario: Scenario): ClusterViewData {
  const nodes = scenario.cluster.nodes ?? DEFAULT_NODES;
  const members = scenario.cluster.etcdMembers ?? 1;
  const components: ComponentView[] = [];
  const add = (id: string, kind: string, node?: string) => components.push({ id, kind, node, up: true, state: '' });
  if (members === 1) add('etcd', 'etcd');
  else for (let i = 1; i <= members; i++) add(`etcd-${i}`, 'etcd');
  add('kube-apiserver', 'kube-apiserver');
  add('kube-scheduler', 'kube-scheduler');
  add('kube-controller-manager', 'kube-controller-manager');
  for (const n of nodes) {
    add(`kubelet-${n.name}`, 'kubelet', n.name);
    add(`kube-proxy-${n.name}`, 'kube-proxy', n.name);
    add(`container-runtime-${n.name}`, 'container-runtime', n.name);
  }
  return {
    time: 0,
    components,
    nodes: nodes.map((n) => ({ name: n.name, roles: n.controlPlane ? 'control-plane' : '<none>', ready: 'Ready', pods: [] })),
    pendingPods: [],
    etcd: { members: [], revision: 0 },
  };
}

export function StaticFallback({ scenario, lang, t }: { scenario: Scenario; lang: Lang; t: SimStrings }) {
  const layout = layoutCluster(schematicView(scenario), { narrow: false, showSystemPods: false });
  return (
    <section class="sim-player sim-static" aria-label={fmt(t.region, { title: scenario.title[lang] })}>
      <h2 class="sim-title">{scenario.title[lang]}</h2>
      <p class="sim-summary">{scenario.summary[lang]}</p>
      <div class="sim-diagram">
        <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={t.diagramAlt}>
          <g class="sim-user">
            <rect x={layout.user.x} y={layout.user.y} width={layout.user.w} height={layout.user.h} rx={5} />
            <text x={layout.user.x + 8} y={layout.user.y + 19}>
              kubectl
            </text>
          </g>
          <g class="sim-plane">
            <rect x={layout.controlPlane.x} y={layout.controlPlane.y} width={layout.controlPlane.w} height={layout.controlPlane.h} rx={8} />
            <text x={layout.controlPlane.x + 10} y={layout.controlPlane.y + 16} class="sim-group-label">
              {t.diagram.controlPlane}
            </text>
          </g>
          {[...layout.controlComponents, ...layout.nodes.flatMap((n) => n.components)].map((c) => (
            <g class="sim-comp">
              <rect x={c.x} y={c.y} width={c.w} height={c.h} rx={5} />
              <text x={c.x + 8} y={c.y + c.h / 2 + 4}>
                {c.label}
              </text>
            </g>
          ))}
          {layout.nodes.map((n) => (
            <g class="sim-node">
              <rect x={n.x} y={n.y} width={n.w} height={n.h} rx={8} class="sim-node-box" />
              <text x={n.x + 10} y={n.y + 20} class="sim-group-label">
                {n.name}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <p class="sim-hint sim-noscript">{t.noscript}</p>
      <h3>{t.stepsHeading}</h3>
      <ol class="sim-static-steps">
        {scenario.steps.map((s) => (
          <li>
            {s.caption[lang]}
            {s.command && (
              <>
                {' '}
                <code>{s.command}</code>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
