// A stand-in for kube-apiserver on 127.0.0.1, used only by record-objects.sh to record the real
// kubectl 1.33 for api-resources, api-versions, the create generators of ConfigMaps, Secrets, Jobs,
// CronJobs, ServiceAccounts and RBAC objects, and auth can-i. It serves the discovery of a kubeadm
// 1.33 cluster from the engine's own table (src/sim/api/discoveryTable.ts, read with Node 24's type
// stripping), one CronJob (nightly), and answers SelfSubjectAccessReviews as RBAC would for the
// admin (allowed) and for "jane" (denied), SelfSubjectRulesReviews with cluster-admin's rules.
// Run with the project's Node 24: node_modules/.bin/node scripts/golden/objects-fake-apiserver.mjs PORT
import { createServer } from 'node:http';
import { DISCOVERY_1_33 } from '../../src/sim/api/discoveryTable.ts';

const port = Number(process.argv[2] ?? 18530);
const byGroupVersion = new Map();
for (const r of DISCOVERY_1_33) {
  const gv = r.group ? `${r.group}/${r.version}` : r.version;
  if (!byGroupVersion.has(gv)) byGroupVersion.set(gv, []);
  byGroupVersion.get(gv).push({
    name: r.name, singularName: r.kind.toLowerCase(), namespaced: r.namespaced, kind: r.kind, verbs: [...r.verbs],
    ...(r.shortNames.length ? { shortNames: r.shortNames } : {}), ...(r.categories ? { categories: r.categories } : {}),
  });
}
const groups = [...byGroupVersion.keys()].filter((gv) => gv !== 'v1');
// autoscaling also serves v1 (its preferred version is v2).
const groupList = groups.map((gv) => {
  const name = gv.slice(0, gv.lastIndexOf('/'));
  const version = gv.slice(gv.lastIndexOf('/') + 1);
  const versions = [{ groupVersion: gv, version }];
  if (name === 'autoscaling') versions.push({ groupVersion: 'autoscaling/v1', version: 'v1' });
  return { name, versions, preferredVersion: { groupVersion: gv, version } };
});
const discovery = {
  '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }] },
  '/apis': { kind: 'APIGroupList', apiVersion: 'v1', groups: groupList },
  '/apis/autoscaling/v1': { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'autoscaling/v1', resources: [
    { name: 'horizontalpodautoscalers', singularName: 'horizontalpodautoscaler', namespaced: true, kind: 'HorizontalPodAutoscaler', verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'], shortNames: ['hpa'], categories: ['all'] },
  ] },
};
for (const [gv, resources] of byGroupVersion) {
  discovery[gv === 'v1' ? '/api/v1' : `/apis/${gv}`] = { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources };
}

const cronJob = {
  kind: 'CronJob', apiVersion: 'batch/v1',
  metadata: { name: 'nightly', namespace: 'default', uid: '5c0ffee0-1111-4222-8333-444455556666', resourceVersion: '900', creationTimestamp: '2026-01-15T09:00:00Z' },
  spec: {
    schedule: '0 2 * * *', concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1,
    jobTemplate: { metadata: { creationTimestamp: null }, spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [{ name: 'nightly', image: 'busybox', command: ['sh', '-c', 'date'] }], restartPolicy: 'OnFailure' } } } },
  },
};
const clusterAdminRules = [
  { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
  { verbs: ['*'], nonResourceURLs: ['*'] },
];
const basicRules = [
  { verbs: ['create'], apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'] },
  { verbs: ['create'], apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'] },
  { verbs: ['get'], nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'] },
];

createServer((req, res) => {
  const [path] = (req.url ?? '/').split('?');
  const json = (code, body) => {
    res.writeHead(code, { 'Content-Type': 'application/json' });
    res.end(`${JSON.stringify(body)}\n`);
  };
  const impersonated = req.headers['impersonate-user'];
  if (req.method !== 'GET') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      let obj = {};
      try {
        obj = JSON.parse(body || '{}');
      } catch {
        obj = {};
      }
      if (path.endsWith('/selfsubjectaccessreviews')) {
        const allowed = impersonated !== 'jane';
        return json(201, { ...obj, status: allowed ? { allowed: true, reason: 'RBAC: allowed by ClusterRoleBinding "cluster-admin" of ClusterRole "cluster-admin" to Group "system:masters"' } : { allowed: false } });
      }
      if (path.endsWith('/selfsubjectrulesreviews')) {
        const rules = impersonated === 'jane' ? basicRules : [...clusterAdminRules, ...basicRules];
        return json(201, { ...obj, status: {
          resourceRules: rules.filter((r) => r.resources),
          nonResourceRules: rules.filter((r) => r.nonResourceURLs),
          incomplete: false,
        } });
      }
      obj.metadata = { ...obj.metadata, uid: '11111111-2222-4333-8444-555555555555', resourceVersion: '3000', creationTimestamp: '2026-01-15T09:00:00Z' };
      return json(201, obj);
    });
    return;
  }
  if (discovery[path]) return json(200, discovery[path]);
  if (path === '/apis/batch/v1/namespaces/default/cronjobs/nightly') return json(200, cronJob);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('404 page not found\n');
}).listen(port, '127.0.0.1');
