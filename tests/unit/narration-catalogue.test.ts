// Every narration id renders in both languages with sample parameters: no empty sentence, no
// `undefined`, Korean in Korean and English in English, and Korean particles that follow the noun's
// final consonant (받침). The samples are typed per id, so a new id without samples does not compile.
import { describe, expect, it } from 'vitest';
import { narrate } from '../../src/i18n/narration/index.ts';
import { josa } from '../../src/i18n/narration/korean.ts';
import type { Narration, NarrationId, NarrationParams } from '../../src/i18n/narration/messages.ts';

const none = {} as Record<string, never>;

const SAMPLES: { [K in NarrationId]: NarrationParams[K][] } = {
  'timer.fired': [{ component: 'kube-scheduler' }],
  'apiserver.compaction-timer': [none],
  'apiserver.respond': [{ to: 'kubelet-node01', code: 201 }, { to: 'kubectl', code: 200 }],
  'apiserver.reject': [{ resource: 'pods', name: 'nginx', code: 409, reason: 'AlreadyExists' }, { resource: 'nodes', code: 404, reason: 'NotFound' }],
  'apiserver.storage-timeout': [none],
  'apiserver.kubelet-timeout': [none],
  'apiserver.request-logs': [{ node: 'node01', pod: 'nginx' }],
  'apiserver.notify': [{ to: 'kube-scheduler', resource: 'pods', name: 'nginx', event: 'ADDED' }, { to: 'kubelet-node02', resource: 'nodes', event: 'MODIFIED' }],
  'apiserver.own-endpoints': [none],
  'apiserver.open-etcd-watch': [{ revision: 5 }],
  'apiserver.reopen-etcd-watch': [none],
  'storage.compact': [{ revision: 42 }],
  'storage.range': [{ key: '/registry/pods/', prefix: true }, { key: '/registry/pods/default/nginx', prefix: false }],
  'storage.delete': [{ key: '/registry/pods/default/nginx' }],
  'storage.create': [{ key: '/registry/pods/default/nginx' }],
  'storage.update': [{ key: '/registry/pods/default/nginx', modRevision: 7 }],
  'storage.put': [{ key: '/registry/leases/kube-node-lease/node01' }],
  request: [
    ...['get', 'list', 'watch', 'create', 'update', 'patch', 'updateStatus', 'patchStatus', 'delete', 'event', 'proxy']
      .map((verb) => ({ from: 'kubelet-node01', verb, resource: 'pods', name: 'nginx' })),
    { from: 'kube-scheduler', verb: 'bind', resource: 'pods', name: 'nginx', target: 'node01' },
    { from: 'kubectl', verb: 'list', resource: 'replicasets' },
  ],
  'event.record': [{ from: 'kube-scheduler', kind: 'Pod', name: 'nginx', reason: 'Scheduled' }, { from: 'kubelet-node01', kind: 'Pod', name: 'nginx', reason: 'Pulled' }],
  'kcm.watch': [{ resource: 'replicasets' }],
  'controller.create': [
    { controller: 'replicaset-controller', resource: 'pods', generateName: 'web-7c5d-' },
    { controller: 'deployment-controller', resource: 'replicasets', name: 'web-7c5d' },
  ],
  'controller.scale': [{ controller: 'deployment-controller', resource: 'replicasets', name: 'web-7c5d', replicas: 1 }, { controller: 'deployment-controller', resource: 'replicasets', name: 'web-7c5d', replicas: 3 }],
  'controller.update': [{ controller: 'garbage-collector-controller', resource: 'pods', name: 'web-1' }],
  'controller.update-status': [{ controller: 'resourcequota-controller', resource: 'resourcequotas', name: 'q' }],
  'controller.update-annotations': [{ controller: 'deployment-controller', resource: 'deployments', name: 'web' }],
  'controller.delete': [{ controller: 'replicationcontroller-controller', resource: 'pods', name: 'rc-1' }, { controller: 'taint-eviction-controller', resource: 'pods', name: 'web-1' }],
  'controller.event': [{ controller: 'replicaset-controller', resource: 'replicasets', name: 'web', reason: 'SuccessfulCreate', message: 'Created pod: web-x2x4z' }],
  'controller.reconcile': [
    { controller: 'replicaset-controller', target: 'replicasets', name: 'web', count: 1 },
    { controller: 'deployment-controller', target: 'deployments', name: 'web', count: 1 },
    { controller: 'endpoints-controller', target: 'service-endpoints', count: 3 },
    { controller: 'endpointslice-controller', target: 'service-endpointslices', name: 'web', count: 1 },
    { controller: 'endpointslicemirroring-controller', target: 'endpoints', count: 2 },
    { controller: 'resourcequota-controller', target: 'resourcequotas', name: 'q', count: 1 },
    { controller: 'replicationcontroller-controller', target: 'replicationcontrollers', count: 2 },
  ],
  'controller.progress-deadline': [{ controller: 'deployment-controller', name: 'web' }],
  'controller.min-ready-recheck': [{ controller: 'replicaset-controller', name: 'web' }],
  'controller.retry-sync': [{ controller: 'replicaset-controller', name: 'web' }],
  'kubelet.config-retry': [{ container: 'app' }],
  'controller.timed-resync': [{ controller: 'cronjob-controller', name: 'tick' }, { controller: 'job-controller', name: 'pi' }],
  'controller.adopt': [{ controller: 'replicaset-controller', pod: 'web-1' }],
  'controller.release': [{ controller: 'replicaset-controller', pod: 'web-1' }],
  'controller.taint': [
    { controller: 'node-lifecycle-controller', node: 'node01', added: ['node.kubernetes.io/unreachable:NoSchedule'], removed: [] },
    { controller: 'node-lifecycle-controller', node: 'node01', added: ['node.kubernetes.io/unreachable:NoExecute'], removed: ['node.kubernetes.io/not-ready:NoExecute'] },
    { controller: 'node-lifecycle-controller', node: 'node01', added: [], removed: ['node.kubernetes.io/unreachable:NoSchedule'] },
  ],
  'controller.mark-not-ready': [{ controller: 'node-lifecycle-controller', pod: 'web-1' }],
  'node-lifecycle.monitor': [none],
  'node-lifecycle.no-execute-queue': [none],
  'taint-eviction.evict': [none],
  'scheduler.schedule': [{ pod: 'nginx' }],
  'kubelet.return-logs': [{ node: 'node01', pod: 'nginx', container: 'nginx' }],
  'kubelet.heartbeat': [{ node: 'node01' }],
  'kubelet.renew-lease': [{ node: 'node01' }],
  'kubelet.post-node-status': [{ node: 'node02' }],
  'kubelet.run-sandbox': [{ pod: 'nginx' }],
  'kubelet.pull-image': [{ image: 'nginx:1.27' }],
  'kubelet.pull-backoff': [{ image: 'nginx:nope', backoff: '10s' }],
  'kubelet.pull-retry': [{ image: 'nginx:nope' }],
  'kubelet.create-container': [{ container: 'nginx' }],
  'kubelet.start-container': [{ container: 'nginx' }],
  'kubelet.crashloop-restart': [{ container: 'app', backoff: '1m20s' }],
  'kubelet.stop-container': [{ container: 'nginx', graceSeconds: 30 }],
  'kubelet.replace-container': [{ container: 'nginx', graceSeconds: 30 }],
  'kubelet.delete-mirror-pod': [{ node: 'controlplane', pod: 'kube-apiserver-controlplane' }],
  'kubelet.create-static-mirror-pod': [{ node: 'node01', pod: 'static-web-node01' }],
  'kubelet.static-pod-files': [{ node: 'node01' }],
  'kubelet.stop-sandbox': [{ pod: 'static-web-node01' }],
  'systemd.restart-unit': [{ node: 'node01', unit: 'kubelet' }],
  'crictl.request': [{ node: 'controlplane', op: 'ListContainers' }],
  'runtime.cri-answer': [{ op: 'ListContainers' }],
  'etcd.restore-data-dir': [{ member: 'controlplane', dataDir: '/var/lib/etcd-from-backup' }],
  'kubelet.create-mirror-pod': [{ node: 'controlplane', pod: 'kube-apiserver-controlplane' }],
  'kubelet.finalize-delete': [{ node: 'node01', pod: 'nginx' }],
  'kubelet.stop-deleted-container': [{ pod: 'nginx', container: 'nginx' }],
  'runtime.sandbox-ready': [{ pod: 'nginx' }],
  'runtime.sandbox-removed': [none],
  'runtime.invalid-image': [{ image: 'Nginx' }, { image: 'bad:tag:' }],
  'runtime.pull-failed': [{ image: 'docker.io/library/nginx:nope' }],
  'runtime.pulled': [{ image: 'docker.io/library/nginx:latest' }],
  'runtime.created': [{ container: 'nginx' }],
  'runtime.container-not-found': [none],
  'runtime.start-failed': [{ container: 'app' }],
  'runtime.started': [{ container: 'nginx' }],
  'runtime.already-stopped': [none],
  'runtime.stopped': [{ container: 'nginx', killed: false }, { container: 'sleeper', killed: true }],
  'runtime.process-exits': [{ container: 'app', exitCode: 0 }, { container: 'app', exitCode: 1 }, { container: 'app', exitCode: 2 }, { container: 'app', exitCode: 137 }],
  'runtime.pleg': [{ container: 'app' }],
  'kube-proxy.sync': [{ node: 'node01' }],
  'packet.send': [{ client: { pod: 'client' }, ip: '10.96.0.10', port: '80' }, { client: { hostShell: 'controlplane' }, ip: '192.168.0.11', port: 30080 }],
  'packet.jump': [
    { node: 'node01', table: 'nat', chain: 'KUBE-SERVICES', target: 'KUBE-SVC-ABCDEFGHIJKLMNOP' },
    { node: 'node01', table: 'nat', chain: 'KUBE-SVC-ABCDEFGHIJKLMNOP', target: 'KUBE-SEP-ABCDEFGHIJKLMNOP', probability: '0.50000000000' },
  ],
  'packet.dnat': [{ node: 'node01', table: 'nat', chain: 'KUBE-SEP-ABCDEFGHIJKLMNOP', to: '10.244.1.2:80' }],
  'packet.reject': [{ node: 'node01', table: 'filter', chain: 'KUBE-SERVICES' }],
  'packet.arrive': [{ pod: 'web1', ip: '10.244.1.2', port: 80, node: 'node01' }],
  'packet.answer': [{ pod: 'web1' }],
  'dns.query': [{ pod: 'client', server: '10.96.0.10', name: 'web' }],
  'etcd.tick': [{ member: 'controlplane' }],
  'etcd.watch-opened': [none],
  'etcd.raft': [{ from: 'etcd-1', to: 'etcd-2', type: 'MsgHeartbeat', term: 2 }],
  'etcd.error': [{ error: 'etcdserver: no leader' }],
  'etcd.compare-failed': [none],
  'etcd.commit': [{ key: '/registry/pods/default/nginx', revision: 12 }],
  'etcd.answer': [{ member: 'controlplane', revision: 12 }],
  'etcd.watch-canceled': [{ reason: 'compacted' }],
  'etcd.watch-events': [{ count: 1, firstKey: '/registry/pods/default/nginx', revision: 9 }, { count: 3, firstKey: '/registry/pods/default/a', revision: 12 }],
  'etcd.watch-broken': [none],
  'kernel.simulation-error': [{ component: 'kubelet-node01', during: 'watch' }, { component: 'kube-controller-manager', during: 'timer' }],
  'etcdctl.timeout': [none],
  'etcdctl.request': [{ member: 'etcd-1', type: 'range' }],
  'etcdctl.watch': [{ member: 'etcd-1' }],
  'etcdctl.send': [{ member: 'etcd-controlplane' }],
  'etcdctl.stop-watch': [none],
  'kubectl.wait': [none],
  'kubectl.wait-timeout': [none],
};

const all: Narration[] = (Object.keys(SAMPLES) as NarrationId[]).flatMap((id) => (SAMPLES[id] as Narration['params'][]).map((params) => ({ id, params }) as Narration));
const hangul = /[\uac00-\ud7a3]/;

describe('narration catalogue', () => {
  it('has samples for every id (also checked by the type of SAMPLES)', () => {
    expect(all.length).toBeGreaterThan(Object.keys(SAMPLES).length);
  });

  it.each(all.map((n) => [`${n.id} ${JSON.stringify(n.params)}`, n] as const))('renders %s in both languages', (_label, n) => {
    const ko = narrate(n, 'ko');
    const en = narrate(n, 'en');
    for (const text of [ko, en]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|NaN|\[object|\$\{|\(이\)|\(가\)|\(을\)|\(를\)/);
    }
    expect(ko).toMatch(hangul);
    expect(en).not.toMatch(hangul);
    expect(en[0]).not.toBe(' ');
  });

  it('capitalizes English sentences that start with "the"', () => {
    expect(narrate({ id: 'kubelet.heartbeat', params: { node: 'node01' } }, 'en')).toBe('The kubelet on node01 renews its node lease (heartbeat)');
  });
});

describe('Korean particles', () => {
  it.each([
    ['레플리카셋', '을/를', '레플리카셋을'], ['파드', '을/를', '파드를'],
    ['디플로이먼트', '이/가', '디플로이먼트가'], ['레플리카셋', '이/가', '레플리카셋이'],
    ['kubelet', '이/가', 'kubelet이'], ['node01의 kubelet', '이/가', 'node01의 kubelet이'], ['kube-proxy', '이/가', 'kube-proxy가'],
    ['kube-scheduler', '이/가', 'kube-scheduler가'], ['etcdctl', '이/가', 'etcdctl이'],
    ['nginx:latest', '이/가', 'nginx:latest이'], ['busybox', '이/가', 'busybox가'],
    ['0', '으로/로', '0으로'], ['1', '으로/로', '1로'], ['2', '으로/로', '2로'], ['3', '으로/로', '3으로'], ['137', '으로/로', '137로'],
    ['서울', '으로/로', '서울로'], ['노드', '으로/로', '노드로'], ['레플리카셋', '으로/로', '레플리카셋으로'],
    ['노드', '은/는', '노드는'], ['레플리카셋', '과/와', '레플리카셋과'],
  ] as const)('josa(%s, %s) is %s', (word, pair, expected) => {
    expect(josa(word, pair)).toBe(expected);
  });

  it('sentences attach particles by the final consonant of the noun before them', () => {
    const ko = (n: Narration) => narrate(n, 'ko');
    expect(ko({ id: 'controller.reconcile', params: { controller: 'replicaset-controller', target: 'replicasets', name: 'web', count: 1 } }))
      .toBe('레플리카셋 컨트롤러가 web 레플리카셋을 조정(reconcile)한다');
    expect(ko({ id: 'controller.reconcile', params: { controller: 'deployment-controller', target: 'deployments', name: 'web', count: 1 } }))
      .toBe('디플로이먼트 컨트롤러가 web 디플로이먼트를 조정(reconcile)한다');
    expect(ko({ id: 'controller.reconcile', params: { controller: 'garbage-collector-controller', target: 'endpoints', count: 3 } }))
      .toBe('가비지 수집기가 엔드포인트 3개를 조정(reconcile)한다');
    expect(ko({ id: 'runtime.process-exits', params: { container: 'app', exitCode: 0 } })).toBe('app 컨테이너의 프로세스가 종료 코드 0으로 끝난다');
    expect(ko({ id: 'runtime.process-exits', params: { container: 'app', exitCode: 1 } })).toBe('app 컨테이너의 프로세스가 종료 코드 1로 끝난다');
    expect(ko({ id: 'runtime.invalid-image', params: { image: 'Nginx' } })).toBe('이미지 이름 Nginx가 올바르지 않다');
    expect(ko({ id: 'runtime.invalid-image', params: { image: 'nginx:latest' } })).toBe('이미지 이름 nginx:latest이 올바르지 않다');
    expect(ko({ id: 'kubelet.heartbeat', params: { node: 'node01' } })).toBe('node01의 kubelet이 노드 리스(lease)를 갱신한다 (하트비트)');
    expect(ko({ id: 'event.record', params: { from: 'kube-scheduler', kind: 'Pod', name: 'nginx', reason: 'Scheduled' } }))
      .toBe('kube-scheduler가 nginx 파드에 대한 Scheduled 이벤트를 기록한다');
    expect(ko({ id: 'request', params: { from: 'kube-scheduler', verb: 'bind', resource: 'pods', name: 'nginx', target: 'node01' } }))
      .toBe('kube-scheduler가 nginx 파드를 node01에 바인딩한다');
    expect(ko({ id: 'request', params: { from: 'kubectl', verb: 'create', resource: 'deployments', name: 'web' } }))
      .toBe('kubectl이 kube-apiserver에 web 디플로이먼트 생성을 요청한다');
  });
});
