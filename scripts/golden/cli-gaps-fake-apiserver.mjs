// A stand-in for kube-apiserver on 127.0.0.1, used only by record-cli-gaps.sh so the real kubectl 1.33
// can be recorded offline: discovery for core and apps, one pod list, one deployment with a
// last-applied annotation, health endpoints, and the API server's two kinds of 404 (a Status for a
// missing object, a plain "404 page not found" for a path it does not serve). Bodies are shaped like
// the API server's (compact JSON, newline at the end); their content is only what the recordings need.
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 18500);
const pod = {
  metadata: { name: 'nginx', namespace: 'default', uid: '6a1d6f06-0c1e-4a39-9c43-6f3d5e0f6f11', resourceVersion: '1234', creationTimestamp: '2026-01-15T09:00:00Z', labels: { run: 'nginx' } },
  spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
  status: { phase: 'Running' },
};
const lastApplied = '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.27","name":"nginx"}]}}}}\n';
const deployment = (name, annotations) => ({
  kind: 'Deployment', apiVersion: 'apps/v1',
  metadata: { name, namespace: 'default', uid: '0b5f3c1e-8f4a-4a55-9f0e-2d9a3c1b7e21', resourceVersion: '2000', generation: 1, creationTimestamp: '2026-01-15T09:00:00Z', annotations },
  spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
});
const discovery = {
  '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }] },
  '/apis': { kind: 'APIGroupList', apiVersion: 'v1', groups: [{ name: 'apps', versions: [{ groupVersion: 'apps/v1', version: 'v1' }], preferredVersion: { groupVersion: 'apps/v1', version: 'v1' } }] },
  '/api/v1': { kind: 'APIResourceList', groupVersion: 'v1', resources: [
    { name: 'pods', singularName: 'pod', namespaced: true, kind: 'Pod', verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], shortNames: ['po'], categories: ['all'] },
    { name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] },
  ] },
  '/apis/apps/v1': { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'apps/v1', resources: [
    { name: 'deployments', singularName: 'deployment', namespaced: true, kind: 'Deployment', verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], shortNames: ['deploy'], categories: ['all'] },
  ] },
};
const notFound = (kind, name, group) => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `${group ? `${kind}.${group}` : kind} "${name}" not found`, reason: 'NotFound', details: { name, ...(group ? { group } : {}), kind }, code: 404 });

createServer((req, res) => {
  const [path] = (req.url ?? '/').split('?');
  const json = (code, body) => {
    res.writeHead(code, { 'Content-Type': 'application/json' });
    res.end(`${JSON.stringify(body)}\n`);
  };
  // Writes (to record the URLs kubectl sends): creates echo the body, patches and deletes answer
  // with the stored object.
  if (req.method !== 'GET') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method === 'POST') {
        // Typed clients (create deployment) send protobuf: answer with a minimal object of the path's kind.
        let obj;
        try {
          obj = JSON.parse(body || '{}');
        } catch {
          obj = path.includes('/deployments') ? deployment('made', {}) : { kind: 'Pod', apiVersion: 'v1', ...pod };
        }
        obj.metadata = { ...obj.metadata, namespace: 'default', uid: '11111111-2222-4333-8444-555555555555', resourceVersion: '3000', creationTimestamp: '2026-01-15T09:00:00Z' };
        return json(201, obj);
      }
      if (path === '/apis/apps/v1/namespaces/default/deployments/web') return json(200, deployment('web', { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied }));
      if (path === '/api/v1/namespaces/default/pods/nginx') return json(200, { kind: 'Pod', apiVersion: 'v1', ...pod });
      return json(404, notFound('pods', path.split('/').pop()));
    });
    return;
  }
  if (['/healthz', '/livez', '/readyz'].includes(path)) {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('ok');
  }
  if (discovery[path]) return json(200, discovery[path]);
  if (path === '/api/v1/namespaces/default/pods' && (req.url ?? '').includes('labelSelector=app%3Dweb')) {
    const webPod = (name, created) => ({ ...pod, metadata: { ...pod.metadata, name, creationTimestamp: created, labels: { app: 'web' } }, spec: { ...pod.spec, nodeName: 'node01' } });
    return json(200, { kind: 'PodList', apiVersion: 'v1', metadata: { resourceVersion: '1500' }, items: [webPod('web-1', '2026-01-15T09:00:00Z'), webPod('web-2', '2026-01-15T09:00:00Z')] });
  }
  if (path === '/api/v1/namespaces/default/pods/web-1/log') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    return res.end('hello from web-1\n');
  }
  if (path === '/api/v1/namespaces/default/pods') return json(200, { kind: 'PodList', apiVersion: 'v1', metadata: { resourceVersion: '1500' }, items: [pod] });
  if (path === '/api/v1/namespaces/default/pods/nginx') return json(200, { kind: 'Pod', apiVersion: 'v1', ...pod });
  let m = path.match(/^\/api\/v1\/namespaces\/default\/pods\/([^/]+)$/);
  if (m) return json(404, notFound('pods', m[1]));
  if (path === '/apis/apps/v1/namespaces/default/deployments/web') return json(200, deployment('web', { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied }));
  if (path === '/apis/apps/v1/namespaces/default/deployments/plain') return json(200, deployment('plain', { 'deployment.kubernetes.io/revision': '1' }));
  m = path.match(/^\/apis\/apps\/v1\/namespaces\/default\/deployments\/([^/]+)$/);
  if (m) return json(404, notFound('deployments', m[1], 'apps'));
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('404 page not found\n');
}).listen(port, '127.0.0.1');
