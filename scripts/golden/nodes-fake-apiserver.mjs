// A stateful stand-in for kube-apiserver on 127.0.0.1, used only by record-nodes.sh so the real
// kubectl 1.33 can be recorded running taint, cordon, uncordon, drain, top, wait and get with
// --field-selector. It holds three nodes and a few pods of every kind drain tells apart (a bare pod,
// ReplicaSet pods, a DaemonSet pod, a pod with emptyDir data), answers reads, strategic-merge
// patches (lists replaced whole, null deletes), the pods/eviction subresource (the pod is deleted
// at once), watches that stay open without events (so `kubectl wait` runs into its timeout), and
// POST /__reset restores the initial objects between recordings. It serves no metrics.k8s.io group
// (kubectl top then says the Metrics API is not available). Field selectors accept the fields the
// real registry accepts for pods and nodes and answer others with the API server's BadRequest text.
// Its objects are not the simulator's: the recordings compare kubectl's own wording.
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 18520);
const CREATED = '2026-01-15T09:00:00Z';

const r = (name, kind, namespaced, shortNames, extra = {}) => ({
  name, singularName: kind.toLowerCase(), namespaced, kind,
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  ...(shortNames ? { shortNames } : {}), ...extra,
});
const discovery = {
  '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }] },
  '/apis': { kind: 'APIGroupList', apiVersion: 'v1', groups: [
    { name: 'apps', versions: [{ groupVersion: 'apps/v1', version: 'v1' }], preferredVersion: { groupVersion: 'apps/v1', version: 'v1' } },
    { name: 'policy', versions: [{ groupVersion: 'policy/v1', version: 'v1' }], preferredVersion: { groupVersion: 'policy/v1', version: 'v1' } },
  ] },
  '/api/v1': { kind: 'APIResourceList', groupVersion: 'v1', resources: [
    r('pods', 'Pod', true, ['po'], { categories: ['all'] }),
    { name: 'pods/eviction', singularName: '', namespaced: true, group: 'policy', version: 'v1', kind: 'Eviction', verbs: ['create'] },
    r('nodes', 'Node', false, ['no']),
    r('namespaces', 'Namespace', false, ['ns']),
  ] },
  '/apis/apps/v1': { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'apps/v1', resources: [
    r('daemonsets', 'DaemonSet', true, ['ds'], { categories: ['all'] }),
    r('replicasets', 'ReplicaSet', true, ['rs'], { categories: ['all'] }),
    r('deployments', 'Deployment', true, ['deploy'], { categories: ['all'] }),
  ] },
  '/apis/policy/v1': { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'policy/v1', resources: [
    r('poddisruptionbudgets', 'PodDisruptionBudget', true, ['pdb']),
  ] },
};
const kinds = {};
for (const [path, list] of Object.entries(discovery)) {
  if (!list.resources) continue;
  for (const res of list.resources) if (!res.name.includes('/')) kinds[res.name] = { kind: res.kind, apiVersion: list.groupVersion, namespaced: res.namespaced, base: path };
}

let revision;
let uidCounter;
let store;
const uid = () => `00000000-0000-4000-8000-${String(++uidCounter).padStart(12, '0')}`;
const keyOf = (plural, ns, name) => `${kinds[plural].base}${kinds[plural].namespaced ? `/namespaces/${ns}` : ''}/${plural}/${name}`;
function put(plural, obj) {
  const { kind, apiVersion } = kinds[plural];
  const stored = { apiVersion, kind, ...obj, metadata: { uid: uid(), resourceVersion: String(++revision), creationTimestamp: CREATED, ...obj.metadata } };
  store.set(keyOf(plural, obj.metadata.namespace, obj.metadata.name), stored);
  return stored;
}

const ready = [{ type: 'Ready', status: 'True' }];
function reset() {
  revision = 1000;
  uidCounter = 0;
  store = new Map();
  for (const name of ['default', 'kube-system']) put('namespaces', { metadata: { name }, status: { phase: 'Active' } });
  put('nodes', { metadata: { name: 'controlplane', labels: { 'kubernetes.io/hostname': 'controlplane', 'node-role.kubernetes.io/control-plane': '' } }, spec: { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] }, status: { conditions: ready } });
  put('nodes', { metadata: { name: 'node01', labels: { 'kubernetes.io/hostname': 'node01', disk: 'ssd' } }, spec: {}, status: { conditions: ready } });
  put('nodes', { metadata: { name: 'node02', labels: { 'kubernetes.io/hostname': 'node02' } }, spec: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: CREATED }] }, status: { conditions: ready } });
  const ds = put('daemonsets', { metadata: { name: 'kube-proxy', namespace: 'kube-system' }, spec: { selector: { matchLabels: { 'k8s-app': 'kube-proxy' } } } });
  const rs = put('replicasets', { metadata: { name: 'web-5c7b8d9f4', namespace: 'default' }, spec: { replicas: 2, selector: { matchLabels: { app: 'web' } } } });
  const owner = (o) => [{ apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, uid: o.metadata.uid, controller: true, blockOwnerDeletion: true }];
  const pod = (name, namespace, nodeName, extra = {}) => put('pods', {
    metadata: { name, namespace, labels: extra.labels ?? { app: 'web' }, ...(extra.owner ? { ownerReferences: owner(extra.owner) } : {}) },
    spec: { nodeName, containers: [{ name: 'main', image: 'nginx' }], ...(extra.volumes ? { volumes: extra.volumes } : {}) },
    status: { phase: extra.phase ?? 'Running', conditions: [{ type: 'Ready', status: extra.ready === false ? 'False' : 'True' }] },
  });
  pod('kube-proxy-x7k2p', 'kube-system', 'node01', { owner: ds, labels: { 'k8s-app': 'kube-proxy' } });
  pod('kube-proxy-q9z4m', 'kube-system', 'node02', { owner: ds, labels: { 'k8s-app': 'kube-proxy' } });
  pod('web-5c7b8d9f4-abcde', 'default', 'node01', { owner: rs });
  pod('web-5c7b8d9f4-fghij', 'default', 'node02', { owner: rs });
  pod('bare', 'default', 'node01', { labels: { run: 'bare' } });
  pod('cache', 'default', 'node01', { owner: rs, volumes: [{ name: 'scratch', emptyDir: {} }] });
  pod('pending', 'default', undefined, { labels: { run: 'pending' }, phase: 'Pending', ready: false });
}
reset();

const clone = (v) => JSON.parse(JSON.stringify(v));
function mergePatch(target, patch) {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$')) continue;
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}
const status = (code, reason, message, details) => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code });
const groupOf = (plural) => (kinds[plural].apiVersion.includes('/') ? kinds[plural].apiVersion.split('/')[0] : '');
const notFound = (plural, name) => status(404, 'NotFound', `${plural}${groupOf(plural) ? `.${groupOf(plural)}` : ''} "${name}" not found`, { name, ...(groupOf(plural) ? { group: groupOf(plural) } : {}), kind: plural });

function labelsMatch(obj, selector) {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [k, v] = term.split('=');
    return v === undefined ? k in (obj.metadata.labels ?? {}) : obj.metadata.labels?.[k] === v;
  });
}
// The fields the real registries accept (pkg/registry/core/pod/strategy.go ToSelectableFields,
// node/strategy.go NodeToSelectableFields), the rest of their kinds: metadata only.
const FIELDS = {
  pods: ['metadata.name', 'metadata.namespace', 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.podIPs', 'status.nominatedNodeName'],
  nodes: ['metadata.name', 'spec.unschedulable'],
};
const fieldOf = (obj, path) => {
  let v = obj;
  for (const p of path.split('.')) v = v?.[p];
  if (path === 'spec.unschedulable' || path === 'spec.hostNetwork') return String(!!v);
  return v === undefined ? '' : String(v);
};
function fieldsMatch(plural, obj, selector) {
  if (!selector) return { ok: true };
  for (const term of selector.split(',')) {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(term);
    if (!m) return { error: `invalid selector: '${selector}'; can't understand '${term}'` };
    const allowed = FIELDS[plural] ?? ['metadata.name', 'metadata.namespace'];
    if (!allowed.includes(m[1])) return { error: `field label not supported: ${m[1]}` };
    const equal = fieldOf(obj, m[1]) === m[3];
    if (m[2] === '!=' ? equal : !equal) return { ok: false };
  }
  return { ok: true };
}

function parse(path) {
  const m = path.match(/^(\/api\/v1|\/apis\/[^/]+\/[^/]+)(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?(?:\/([^/]+))?$/);
  if (!m) return undefined;
  const [, base, ns, plural, name, sub] = m;
  if (base === '/api/v1' && !ns && plural === 'namespaces' && name) return { base, plural, name, sub };
  if (!kinds[plural]) return undefined;
  return { base, ns, plural, name, sub };
}

createServer((req, res) => {
  const [path, query = ''] = (req.url ?? '/').split('?');
  const params = new URLSearchParams(query);
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const json = (code, obj) => {
      res.writeHead(code, { 'Content-Type': 'application/json' });
      res.end(`${JSON.stringify(obj)}\n`);
    };
    if (path === '/__reset') {
      reset();
      return json(200, {});
    }
    if (req.method === 'GET' && discovery[path]) return json(200, discovery[path]);
    const p = parse(path);
    if (!p) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('404 page not found\n');
    }
    const ns = p.ns;
    if (!p.name) {
      if (req.method !== 'GET') return json(405, status(405, 'MethodNotAllowed', 'method not allowed'));
      const items = [];
      for (const [k, o] of [...store.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!k.startsWith(`${p.base}${ns ? `/namespaces/${ns}` : ''}/`) || !k.includes(`/${p.plural}/`)) continue;
        if (!labelsMatch(o, params.get('labelSelector'))) continue;
        const f = fieldsMatch(p.plural, o, params.get('fieldSelector'));
        // The bare conversion error: kubectl's resource builder wraps it in "Unable to find ...".
        if (f.error) return json(400, status(400, 'BadRequest', f.error));
        if (f.ok) items.push(o);
      }
      if (params.get('watch') === 'true') {
        // A watch that never sends an event: kubectl wait runs into its --timeout.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
        res.write('');
        return;
      }
      return json(200, { kind: `${kinds[p.plural].kind}List`, apiVersion: kinds[p.plural].apiVersion, metadata: { resourceVersion: String(revision) }, items });
    }
    const key = keyOf(p.plural, ns, p.name);
    const current = store.get(key);
    if (!current) return json(404, notFound(p.plural, p.name));
    if (req.method === 'POST' && p.sub === 'eviction') {
      store.delete(key);
      revision++;
      return json(201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
    }
    if (req.method === 'GET') return json(200, current);
    if (req.method === 'DELETE') {
      store.delete(key);
      return json(200, current);
    }
    if (req.method === 'PATCH') {
      const next = mergePatch(clone(current), JSON.parse(body));
      next.metadata.resourceVersion = String(++revision);
      store.set(key, next);
      return json(200, next);
    }
    return json(405, status(405, 'MethodNotAllowed', 'method not allowed'));
  });
}).listen(port, '127.0.0.1');
