/** @jsxImportSource preact */
// The inspector: the selected pod's, node's or other object's live YAML, or a component's state
// machine drawn by us with the current state highlighted.
import type { SimStrings } from '../../src/i18n/sim.ts';
import type { Lang } from '../../src/sim/scenarios/types.ts';
import { noteHref } from './links.ts';
import { fmt } from './format.ts';
import type { ClusterViewData } from './model/cluster-contract.ts';
import { toYaml } from './model/yaml-dump.ts';
import { componentMachine, getObject, listObjects, type InspectableCluster } from './engine.ts';
import type { Selection } from './Diagram.tsx';
import { MachineDiagram } from './MachineDiagram.tsx';

interface Props {
  t: SimStrings;
  lang: Lang;
  cluster: InspectableCluster;
  view: ClusterViewData;
  selection: Selection | undefined;
  onSelect(selection: Selection): void;
}

/** Objects not drawn in the diagram that the reader can still inspect. */
const OTHER_RESOURCES = ['deployments', 'replicasets', 'replicationcontrollers', 'services', 'endpointslices', 'namespaces', 'resourcequotas'];

function ObjectPicker({ t, cluster, selection, onSelect }: Omit<Props, 'lang' | 'view'>) {
  const options = OTHER_RESOURCES.flatMap((resource) =>
    listObjects(cluster, resource)
      .filter((o) => o.metadata?.name && o.metadata.namespace !== 'kube-system')
      .map((o) => ({ resource, namespace: o.metadata?.namespace, name: o.metadata!.name! })),
  );
  if (options.length === 0) return null;
  const key = (o: { resource: string; namespace?: string; name: string }) => `${o.resource}/${o.namespace ?? ''}/${o.name}`;
  const current = selection?.type === 'object' ? key(selection) : '';
  return (
    <label class="sim-field">
      <span>{t.inspector.pickObject}</span>
      <select
        value={current}
        onChange={(e) => {
          const picked = options.find((o) => key(o) === (e.target as HTMLSelectElement).value);
          if (picked) onSelect({ type: 'object', ...picked });
        }}
      >
        <option value="">{t.inspector.choose}</option>
        {options.map((o) => (
          <option value={key(o)}>{`${o.resource}/${o.name}${o.namespace ? ` (${o.namespace})` : ''}`}</option>
        ))}
      </select>
    </label>
  );
}

export function Inspector({ t, lang, cluster, view, selection, onSelect }: Props) {
  const picker = <ObjectPicker t={t} cluster={cluster} selection={selection} onSelect={onSelect} />;
  if (!selection) {
    return (
      <div class="sim-inspector">
        <p class="sim-hint">{t.inspector.empty}</p>
        {picker}
      </div>
    );
  }
  if (selection.type === 'component') {
    const comp = view.components.find((c) => c.id === selection.id);
    const machine = componentMachine(cluster, selection.id);
    const state = machine?.current || comp?.state || '';
    const href = comp ? noteHref(comp.kind, lang) : undefined;
    return (
      <div class="sim-inspector">
        {picker}
        <h3>{selection.id}</h3>
        <p>{fmt(t.inspector.current, { s: state || '—' })}</p>
        {comp && href && (
          <p>
            <a href={href}>{fmt(t.inspector.readNote, { c: comp.kind })}</a>
          </p>
        )}
        {machine ? <MachineDiagram t={t} id={selection.id} machine={machine} /> : <p class="sim-hint">{t.inspector.noMachine}</p>}
      </div>
    );
  }
  const [resource, namespace, name] =
    selection.type === 'pod'
      ? ['pods', selection.namespace, selection.name]
      : selection.type === 'node'
        ? ['nodes', undefined, selection.name]
        : [selection.resource, selection.namespace, selection.name];
  const object = getObject(cluster, resource, namespace, name);
  const title = `${resource.replace(/s$/, '')}/${name}${namespace ? ` -n ${namespace}` : ''}`;
  return (
    <div class="sim-inspector">
      {picker}
      <h3>
        {t.inspector.yaml}: {title}
      </h3>
      {object ? (
        <pre class="sim-yaml" tabIndex={0} role="region" aria-label={title}>
          {toYaml(object)}
        </pre>
      ) : (
        <p class="sim-hint">{t.inspector.notFound}</p>
      )}
    </div>
  );
}
