// A stateful stand-in for kube-apiserver on 127.0.0.1, used only by record-dry-run.sh so the real
// kubectl 1.33 can be recorded running every writing verb with --dry-run=client|server. Unlike
// cli-gaps-fake-apiserver.mjs (fixed answers), it keeps the objects it is given: reads, creates,
// updates, merge and strategic-merge patches (lists of objects merged by `name`), deletes and the
// scale subresource, and honours `?dryRun=All` by answering as if it had written without storing
// anything. Every answered request is appended to the file given as second argument, so the recorder
// can show which requests kubectl sent (a client dry run sends no write at all).
// Objects are shaped like the API server's, but its defaulting and validation are not modelled:
// the recordings compare kubectl's own wording and what it prints, not the server's objects.
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';

// With ENGINE_PATCH=1 (Node 24, which strips TypeScript types) PATCH bodies are applied by the
// engine's own patch code (src/sim/api/patch), with the patch handler's Status answers for bad
// patches: record-edit.sh records what kubectl sends and prints around it. The recordings of the
// server side are therefore only as good as that code; kubectl's side (texts, requests) is real.
const enginePatch = process.env.ENGINE_PATCH ? await import('../../src/sim/api/patch/applyPatch.ts') : undefined;
const port = Number(process.argv[2] ?? 18510);
const requestLog = process.argv[3];
let revision = 1000;
let uidCounter = 0;
const uid = () => `00000000-0000-4000-8000-${String(++uidCounter).padStart(12, '0')}`;
const CREATED = '2026-01-15T09:00:00Z';

const r = (name, kind, namespaced, shortNames, extra = {}) => ({
  name, singularName: kind.toLowerCase(), namespaced, kind,
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  ...(shortNames ? { shortNames } : {}), ...extra,
});
const scaleSub = (name) => ({ name: `${name}/scale`, singularName: '', namespaced: true, group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'] });
const discovery = {
  '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }] },
  '/apis': { kind: 'APIGroupList', apiVersion: 'v1', groups: [
    { name: 'apps', versions: [{ groupVersion: 'apps/v1', version: 'v1' }], preferredVersion: { groupVersion: 'apps/v1', version: 'v1' } },
    { name: 'autoscaling', versions: [{ groupVersion: 'autoscaling/v1', version: 'v1' }], preferredVersion: { groupVersion: 'autoscaling/v1', version: 'v1' } },
  ] },
  '/api/v1': { kind: 'APIResourceList', groupVersion: 'v1', resources: [
    r('pods', 'Pod', true, ['po'], { categories: ['all'] }),
    r('services', 'Service', true, ['svc'], { categories: ['all'] }),
    r('namespaces', 'Namespace', false, ['ns']),
    r('configmaps', 'ConfigMap', true, ['cm']),
    r('resourcequotas', 'ResourceQuota', true, ['quota']),
    r('replicationcontrollers', 'ReplicationController', true, ['rc'], { categories: ['all'] }), scaleSub('replicationcontrollers'),
  ] },
  '/apis/apps/v1': { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'apps/v1', resources: [
    r('deployments', 'Deployment', true, ['deploy'], { categories: ['all'] }), scaleSub('deployments'),
    r('replicasets', 'ReplicaSet', true, ['rs'], { categories: ['all'] }), scaleSub('replicasets'),
  ] },
  '/apis/autoscaling/v1': { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'autoscaling/v1', resources: [
    r('horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, ['hpa'], { categories: ['all'] }),
  ] },
};
const kinds = {};
for (const [path, list] of Object.entries(discovery)) {
  if (!list.resources) continue;
  const apiVersion = list.groupVersion;
  for (const res of list.resources) if (!res.name.includes('/')) kinds[res.name] = { kind: res.kind, apiVersion, namespaced: res.namespaced, base: path };
}

/** path -> object; keys are the object's own URL path. */
const store = new Map();
const keyOf = (plural, ns, name) => `${kinds[plural].base}${kinds[plural].namespaced ? `/namespaces/${ns}` : ''}/${plural}/${name}`;
function put(plural, obj) {
  const { kind, apiVersion } = kinds[plural];
  const stored = { apiVersion, kind, ...obj, metadata: { uid: uid(), resourceVersion: String(++revision), creationTimestamp: CREATED, ...obj.metadata } };
  store.set(keyOf(plural, obj.metadata.namespace, obj.metadata.name), stored);
  return stored;
}

const template = (image, extra = {}) => ({ metadata: { labels: { app: 'web', ...extra } }, spec: { containers: [{ name: 'nginx', image }] } });
for (const name of ['default', 'dev', 'kube-system']) put('namespaces', { metadata: { name }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
const webLastApplied = '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.27","name":"nginx"}]}}}}\n';
const web = put('deployments', {
  metadata: { name: 'web', namespace: 'default', generation: 2, annotations: { 'deployment.kubernetes.io/revision': '2', 'kubectl.kubernetes.io/last-applied-configuration': webLastApplied } },
  spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: template('nginx:1.27') },
  status: { replicas: 2, readyReplicas: 2, availableReplicas: 2, updatedReplicas: 2, observedGeneration: 2 },
});
const owner = [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: web.metadata.uid, controller: true, blockOwnerDeletion: true }];
for (const [hash, rev, image, replicas] of [['7d8f9c6b5', '1', 'nginx:1.26', 0], ['5c7b8d9f4', '2', 'nginx:1.27', 2]]) {
  put('replicasets', {
    metadata: { name: `web-${hash}`, namespace: 'default', labels: { app: 'web', 'pod-template-hash': hash }, annotations: { 'deployment.kubernetes.io/revision': rev }, ownerReferences: owner },
    spec: { replicas, selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } }, template: template(image, { 'pod-template-hash': hash }) },
    status: { replicas },
  });
}
put('deployments', {
  metadata: { name: 'held', namespace: 'default', generation: 1, labels: { app: 'held' } },
  spec: { replicas: 1, paused: true, selector: { matchLabels: { app: 'held' } }, template: { metadata: { labels: { app: 'held' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
});
for (const name of ['redis', 'nginx']) {
  put('pods', {
    metadata: { name, namespace: 'default', labels: { run: name, tier: 'cache' } },
    spec: { containers: [{ name, image: name, ports: [{ containerPort: name === 'redis' ? 6379 : 80, protocol: 'TCP' }] }], nodeName: 'node01' },
    status: { phase: 'Running' },
  });
}
put('services', { metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver' } }, spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], type: 'ClusterIP' } });

const clone = (v) => JSON.parse(JSON.stringify(v));
function mergePatch(target, patch, strategic) {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$')) continue;
    if (v === null) delete out[k];
    else if (strategic && Array.isArray(v) && Array.isArray(out[k]) && v.every((e) => e && typeof e === 'object' && 'name' in e)) {
      const merged = out[k].map((e) => ({ ...e }));
      for (const e of v) {
        const i = merged.findIndex((m) => m.name === e.name);
        if (i >= 0) merged[i] = mergePatch(merged[i], e, true);
        else merged.push(e);
      }
      out[k] = merged;
    } else out[k] = mergePatch(out[k], v, strategic);
  }
  return out;
}
const status = (code, reason, message, details) => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code });
const groupOf = (plural) => (kinds[plural].apiVersion.includes('/') ? kinds[plural].apiVersion.split('/')[0] : '');
const notFound = (plural, name) => status(404, 'NotFound', `${plural}${groupOf(plural) ? `.${groupOf(plural)}` : ''} "${name}" not found`, { name, ...(groupOf(plural) ? { group: groupOf(plural) } : {}), kind: plural });
function scaleOf(obj, plural) {
  return { kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: { name: obj.metadata.name, namespace: obj.metadata.namespace, uid: obj.metadata.uid, resourceVersion: obj.metadata.resourceVersion, creationTimestamp: obj.metadata.creationTimestamp }, spec: { replicas: obj.spec.replicas ?? 1 }, status: { replicas: obj.status?.replicas ?? 0, selector: Object.entries(obj.spec.selector?.matchLabels ?? obj.spec.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',') }, ...(plural ? {} : {}) };
}
function selectorMatches(obj, selector) {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [k, v] = term.split('=');
    return v === undefined ? k in (obj.metadata.labels ?? {}) : obj.metadata.labels?.[k] === v;
  });
}

/** RFC 6902 add/replace/remove (what kubectl rollout undo sends). */
function jsonPatch(target, ops) {
  for (const op of ops) {
    const parts = op.path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    let at = target;
    for (const k of parts) at = at[k] ??= {};
    if (op.op === 'remove') delete at[last];
    else at[last] = op.value;
  }
  return target;
}

/** metadata.name (field 1 of field 1) of a protobuf-encoded object inside the "k8s\0" envelope. */
function protobufName(buf) {
  const fields = (b) => {
    const out = new Map();
    let i = 0;
    const varint = () => {
      let v = 0;
      let shift = 0;
      for (;;) {
        const x = b[i++];
        v += (x & 0x7f) * 2 ** shift;
        shift += 7;
        if (x < 0x80) return v;
      }
    };
    while (i < b.length) {
      const tag = varint();
      const wire = tag & 7;
      if (wire === 0) varint();
      else if (wire === 2) {
        const len = varint();
        if (!out.has(tag >> 3)) out.set(tag >> 3, b.subarray(i, i + len));
        i += len;
      } else if (wire === 1) i += 8;
      else if (wire === 5) i += 4;
      else break;
    }
    return out;
  };
  const unknown = fields(buf.subarray(4));
  const objectBytes = unknown.get(2);
  const meta = objectBytes && fields(objectBytes).get(1);
  const name = meta && fields(meta).get(1);
  return name ? name.toString('utf8') : 'unknown';
}

/** Splits /api/v1/namespaces/NS/PLURAL/NAME/SUB (or /apis/G/V/...) into its parts. */
function parse(path) {
  const m = path.match(/^(\/api\/v1|\/apis\/[^/]+\/[^/]+)(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?(?:\/([^/]+))?$/);
  if (!m) return undefined;
  let [, base, ns, plural, name, sub] = m;
  // /api/v1/namespaces/NAME is the namespace object itself.
  if (!plural || (ns && !kinds[plural] && base === '/api/v1')) return undefined;
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
    const raw = Buffer.concat(chunks);
    const body = raw.toString('utf8');
    // DeleteOptions in the body carry the dry run of a delete.
    const dryRun = params.get('dryRun') === 'All' || (req.method === 'DELETE' && /"dryRun":\["All"\]/.test(body));
    const json = (code, obj) => {
      if (requestLog && !discovery[path] && !path.startsWith('/openapi')) appendFileSync(requestLog, `${req.method} ${req.url} ${code}\n`);
      res.writeHead(code, { 'Content-Type': 'application/json' });
      res.end(`${JSON.stringify(obj)}\n`);
    };
    if (req.method === 'GET' && discovery[path]) return json(200, discovery[path]);
    const p = parse(path);
    if (!p) {
      if (requestLog && !path.startsWith('/openapi')) appendFileSync(requestLog, `${req.method} ${req.url} 404\n`);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('404 page not found\n');
    }
    const ns = p.ns;
    if (!p.name) {
      if (req.method === 'GET') {
        // Sorted by key, as etcd's range returns them.
        const items = [...store.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).filter(([k, o]) => k.startsWith(`${p.base}${ns ? `/namespaces/${ns}` : ''}/`) && k.includes(`/${p.plural}/`) && selectorMatches(o, params.get('labelSelector'))).map(([, o]) => o);
        return json(200, { kind: `${kinds[p.plural].kind}List`, apiVersion: kinds[p.plural].apiVersion, metadata: { resourceVersion: String(revision) }, items });
      }
      if (req.method === 'POST') {
        let obj;
        try {
          obj = JSON.parse(body);
        } catch {
          // Typed clients (create deployment) send protobuf: answer with a minimal object of the
          // path's kind carrying the name found in the body.
          obj = { apiVersion: kinds[p.plural].apiVersion, kind: kinds[p.plural].kind, metadata: { name: protobufName(raw) } };
        }
        const name = obj.metadata?.name ?? `${obj.metadata?.generateName ?? 'x-'}abcde`;
        const key = keyOf(p.plural, ns, name);
        if (store.has(key)) return json(409, status(409, 'AlreadyExists', `${p.plural}${groupOf(p.plural) ? `.${groupOf(p.plural)}` : ''} "${name}" already exists`, { name, kind: p.plural }));
        const created = { ...obj, metadata: { ...obj.metadata, name, ...(ns ? { namespace: ns } : {}), uid: uid(), resourceVersion: dryRun ? '' : String(revision + 1), creationTimestamp: CREATED } };
        delete created.metadata.generateName;
        if (!dryRun) {
          revision++;
          store.set(key, created);
        }
        return json(201, created);
      }
      return json(405, status(405, 'MethodNotAllowed', 'method not allowed'));
    }
    const key = keyOf(p.plural, ns, p.name);
    const current = store.get(key);
    if (!current) return json(404, notFound(p.plural, p.name));
    if (req.method === 'GET') return json(200, p.sub === 'scale' ? scaleOf(current) : current);
    if (req.method === 'DELETE') {
      if (!dryRun) store.delete(key);
      return json(200, current);
    }
    let next;
    if (req.method === 'PUT') {
      const sent = JSON.parse(body);
      if (p.sub === 'scale') next = { ...clone(current), spec: { ...current.spec, replicas: sent.spec.replicas } };
      else {
        if (sent.metadata?.resourceVersion && sent.metadata.resourceVersion !== current.metadata.resourceVersion) {
          return json(409, status(409, 'Conflict', `Operation cannot be fulfilled on ${p.plural} "${p.name}": the object has been modified; please apply your changes to the latest version and try again`));
        }
        next = { ...sent, metadata: { ...sent.metadata, uid: current.metadata.uid, creationTimestamp: current.metadata.creationTimestamp } };
      }
    } else if (req.method === 'PATCH') {
      const type = req.headers['content-type'] ?? '';
      let patch;
      try {
        patch = JSON.parse(body);
      } catch (e) {
        if (!enginePatch) throw e;
        patch = new enginePatch.UndecodedPatch(body);
      }
      if (enginePatch && p.sub !== 'scale') {
        const patchType = type.includes('json-patch') ? 'json' : type.includes('strategic') ? 'strategic' : 'merge';
        try {
          next = enginePatch.applyPatchOfType(patchType, clone(current), patch, current.kind);
        } catch (e) {
          if (!(e instanceof enginePatch.PatchError)) throw e;
          const code = { BadRequest: 400, Invalid: 422, Unknown: 500 }[e.reason];
          return json(code, status(code, e.reason === 'Unknown' ? '' : e.reason, e.message, e.reason === 'Invalid' ? {} : undefined));
        }
        next.status = current.status;
        if (JSON.stringify(next) === JSON.stringify(current)) return json(200, current);
      } else if (type.includes('json-patch')) next = jsonPatch(clone(current), patch);
      else if (p.sub === 'scale') next = { ...clone(current), spec: { ...current.spec, replicas: patch.spec?.replicas ?? current.spec.replicas } };
      else next = mergePatch(clone(current), patch, type.includes('strategic'));
    } else return json(405, status(405, 'MethodNotAllowed', 'method not allowed'));
    next.metadata.resourceVersion = dryRun ? current.metadata.resourceVersion : String(revision + 1);
    if (!dryRun) {
      revision++;
      store.set(key, next);
    }
    return json(200, p.sub === 'scale' ? scaleOf(next) : next);
  });
}).listen(port, '127.0.0.1');
