import { apiVersionOf, resolveResource } from '../../../api/resources.ts';
import { err, out, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';

/**
 * kubectl explain in the v1.33 layout (KIND / VERSION / DESCRIPTION / FIELDS). The field lists and
 * types are the API's; the descriptions are the engine's own one-line summaries (the real ones come
 * from the server's OpenAPI documents), which the site says in the note text.
 */
interface FieldDoc {
  name: string;
  type: string;
  doc: string;
  required?: boolean;
}

const META: FieldDoc[] = [
  { name: 'apiVersion', type: 'string', doc: 'Versioned schema of this representation of the object.' },
  { name: 'kind', type: 'string', doc: 'The REST resource this object represents, in CamelCase.' },
  { name: 'metadata', type: 'ObjectMeta', doc: 'Standard object metadata: name, namespace, labels, annotations, ...' },
];

const DOCS: Record<string, { description: string; fields: FieldDoc[] }> = {
  Pod: {
    description: 'A Pod is a group of containers scheduled together onto one node, sharing network and storage.',
    fields: [...META,
      { name: 'spec', type: 'PodSpec', doc: 'The desired behaviour of the pod.' },
      { name: 'status', type: 'PodStatus', doc: 'The most recently observed status of the pod (read-only, written by the system).' }],
  },
  'Pod.spec': {
    description: 'PodSpec is the description of a pod.',
    fields: [
      { name: 'containers', type: '[]Container', doc: 'The containers of the pod; at least one.', required: true },
      { name: 'dnsPolicy', type: 'string', doc: 'How the pod resolves names: ClusterFirst (default), Default, ClusterFirstWithHostNet, None.' },
      { name: 'hostNetwork', type: 'boolean', doc: "Use the node's network namespace." },
      { name: 'initContainers', type: '[]Container', doc: 'Containers that run to completion, in order, before the app containers start.' },
      { name: 'nodeName', type: 'string', doc: 'Bind the pod to this node directly, bypassing the scheduler.' },
      { name: 'nodeSelector', type: 'map[string]string', doc: 'Labels a node must have for the pod to be scheduled there.' },
      { name: 'restartPolicy', type: 'string', doc: 'Always (default), OnFailure or Never.' },
      { name: 'schedulerName', type: 'string', doc: 'The scheduler that places this pod (default-scheduler).' },
      { name: 'serviceAccountName', type: 'string', doc: 'The ServiceAccount the pod runs as.' },
      { name: 'terminationGracePeriodSeconds', type: 'integer', doc: 'Seconds between SIGTERM and SIGKILL on deletion (default 30).' },
      { name: 'tolerations', type: '[]Toleration', doc: 'Taints this pod tolerates.' },
    ],
  },
  Node: {
    description: 'A Node is a worker machine in the cluster; its kubelet registers it and reports its status.',
    fields: [...META,
      { name: 'spec', type: 'NodeSpec', doc: 'Pod CIDRs, taints and whether the node is unschedulable.' },
      { name: 'status', type: 'NodeStatus', doc: 'Conditions, capacity, addresses and system information reported by the kubelet.' }],
  },
  Namespace: {
    description: 'A Namespace provides a scope for names of namespaced objects.',
    fields: [...META,
      { name: 'spec', type: 'NamespaceSpec', doc: 'Finalizers of the namespace.' },
      { name: 'status', type: 'NamespaceStatus', doc: 'The phase of the namespace (Active or Terminating).' }],
  },
  Service: {
    description: 'A Service gives a stable virtual IP and DNS name to a set of pods chosen by a selector.',
    fields: [...META,
      { name: 'spec', type: 'ServiceSpec', doc: 'Type, selector, ports and cluster IP of the service.' },
      { name: 'status', type: 'ServiceStatus', doc: 'The load balancer status, if any.' }],
  },
  Deployment: {
    description: 'A Deployment manages ReplicaSets to roll out and roll back a pod template declaratively.',
    fields: [...META,
      { name: 'spec', type: 'DeploymentSpec', doc: 'Replicas, selector, pod template and update strategy.' },
      { name: 'status', type: 'DeploymentStatus', doc: 'The most recently observed status of the deployment.' }],
  },
  ReplicaSet: {
    description: 'A ReplicaSet keeps a given number of pods matching its selector running.',
    fields: [...META,
      { name: 'spec', type: 'ReplicaSetSpec', doc: 'Replicas, selector and pod template.' },
      { name: 'status', type: 'ReplicaSetStatus', doc: 'The most recently observed status of the replica set.' }],
  },
};

function* explain(ctx: KubectlContext): CommandGenerator {
  const { io } = ctx;
  const target = ctx.args[0];
  if (!target) {
    err(io, 'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
    return 1;
  }
  const [resource, ...path] = target.split('.');
  const rk = resolveResource(resource);
  if (!rk) {
    err(io, `error: the server doesn't have a resource type "${resource}"`);
    return 1;
  }
  const key = path.length ? `${rk.kind}.${path.join('.')}` : rk.kind;
  const doc = DOCS[key];
  if (!doc) {
    if (path.length) {
      err(io, `error: field "${path[path.length - 1]}" does not exist`);
      return 1;
    }
    out(io, `KIND:       ${rk.kind}\nVERSION:    ${apiVersionOf(rk)}\n\nDESCRIPTION:\n    <empty>\n`);
    return 0;
  }
  let text = `KIND:       ${rk.kind}\nVERSION:    ${apiVersionOf(rk)}\n\n`;
  if (path.length) {
    const parentField = DOCS[rk.kind]?.fields.find((f) => f.name === path[path.length - 1]);
    text += `FIELD: ${path[path.length - 1]} <${parentField?.type ?? 'Object'}>\n\n`;
  }
  text += `DESCRIPTION:\n    ${doc.description}\n    \nFIELDS:\n`;
  text += doc.fields.map((f) => `  ${f.name}\t<${f.type}>${f.required ? ' -required-' : ''}\n    ${f.doc}\n`).join('\n');
  out(io, text);
  return 0;
}

registerVerb({ name: 'explain', flags: [{ name: 'recursive', type: 'bool', default: false }, { name: 'api-version', type: 'string' }, { name: 'output', short: 'o', type: 'string' }], run: explain });
