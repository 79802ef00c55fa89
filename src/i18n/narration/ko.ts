// The narration in Korean (평어체, official terms: /work/shared/reference/korean-terms.md).
import { componentKo, josa, nounKo, objectKo } from './korean.ts';
import type { ControllerName, NarrationCatalogue, PacketClient, ReconcileTarget } from './messages.ts';

const CONTROLLERS: Record<ControllerName, string> = {
  'replicaset-controller': '레플리카셋 컨트롤러',
  'replicationcontroller-controller': '레플리케이션 컨트롤러 매니저',
  'deployment-controller': '디플로이먼트 컨트롤러',
  'garbage-collector-controller': '가비지 수집기',
  'node-lifecycle-controller': '노드 컨트롤러',
  'taint-eviction-controller': '테인트 축출 컨트롤러',
  'endpoints-controller': '엔드포인트 컨트롤러',
  'endpointslice-controller': '엔드포인트슬라이스 컨트롤러',
  'endpointslicemirroring-controller': '엔드포인트슬라이스 미러링 컨트롤러',
  'resourcequota-controller': '리소스쿼터 컨트롤러',
  'daemonset-controller': '데몬셋 컨트롤러',
  'job-controller': '잡 컨트롤러',
  'cronjob-controller': '크론잡 컨트롤러',
  'serviceaccount-controller': '서비스어카운트 컨트롤러',
};

const RECONCILED: Record<ReconcileTarget, string> = {
  replicasets: '레플리카셋',
  replicationcontrollers: '레플리케이션컨트롤러',
  deployments: '디플로이먼트',
  resourcequotas: '리소스쿼터',
  daemonsets: '데몬셋',
  jobs: '잡',
  cronjobs: '크론잡',
  namespaces: '네임스페이스의 서비스어카운트',
  'service-endpoints': '서비스의 엔드포인트',
  'service-endpointslices': '서비스의 엔드포인트슬라이스',
  endpoints: '엔드포인트',
};

/** The controller as the subject: '레플리카셋 컨트롤러가'. */
const subject = (c: ControllerName) => josa(CONTROLLERS[c], '이/가');
const kubelet = (node: string) => `${node}의 kubelet`;
const client = (c: PacketClient) => ('pod' in c ? `${c.pod} 파드` : `${c.hostShell} 노드의 셸`);
const where = (s: { node: string; table: string; chain: string }) => `${s.node}의 iptables ${s.table} 테이블 ${s.chain} 체인`;

export const ko: NarrationCatalogue = {
  'timer.fired': (p) => `${p.component}의 타이머가 만료된다`,

  'apiserver.compaction-timer': () => 'kube-apiserver가 etcd의 오래된 리비전을 압축(compaction)한다',
  'apiserver.respond': (p) => `kube-apiserver가 ${componentKo(p.to)}에 응답한다 (${p.code} ${p.code === 201 ? 'Created' : 'OK'})`,
  'apiserver.reject': (p) => `kube-apiserver가 ${objectKo(p.resource, p.name)} 요청을 거부한다 (${p.code} ${p.reason})`,
  'apiserver.storage-timeout': () => 'etcd 요청의 제한 시간이 끝난다',
  'apiserver.kubelet-timeout': () => 'kubelet 연결의 제한 시간이 끝난다',
  'apiserver.request-logs': (p) => `kube-apiserver가 ${kubelet(p.node)}에 ${p.pod} 파드의 로그를 요청한다`,
  'apiserver.notify': (p) => `kube-apiserver가 ${componentKo(p.to)}에 ${objectKo(p.resource, p.name)} ${p.event} 변경을 알린다`,
  'apiserver.own-endpoints': () => 'kube-apiserver가 kubernetes 서비스의 엔드포인트에 자신의 주소를 기록한다',
  'apiserver.open-etcd-watch': (p) => `kube-apiserver가 etcd에 /registry watch를 연다 (revision ${p.revision}부터)`,
  'apiserver.reopen-etcd-watch': () => 'kube-apiserver가 etcd watch를 다시 연다',
  'storage.compact': (p) => `kube-apiserver가 etcd에 revision ${p.revision} 이전 기록의 압축을 요청한다`,
  'storage.range': (p) => `kube-apiserver가 etcd에서 ${p.key}${p.prefix ? ' 접두사' : ''} 키를 읽는다`,
  'storage.delete': (p) => `kube-apiserver가 etcd에서 ${p.key} 키를 삭제한다`,
  'storage.create': (p) => `kube-apiserver가 etcd에 ${p.key} 키를 (없을 때만) 만드는 트랜잭션을 보낸다`,
  'storage.update': (p) => `kube-apiserver가 etcd에 ${p.key} 키를 (revision ${p.modRevision} 이후 바뀌지 않았을 때만) 저장하는 트랜잭션을 보낸다`,
  'storage.put': (p) => `kube-apiserver가 etcd에 ${p.key} 키를 저장한다`,

  request: (p) => {
    const who = josa(componentKo(p.from), '이/가');
    const obj = objectKo(p.resource, p.name);
    switch (p.verb) {
      case 'get': return `${who} kube-apiserver에 ${obj} 조회를 요청한다`;
      case 'list': return `${who} kube-apiserver에 ${nounKo(p.resource)} 목록을 요청한다`;
      case 'watch': return `${who} ${nounKo(p.resource)} 변경을 감시(watch)하기 시작한다`;
      case 'create': return `${who} kube-apiserver에 ${obj} 생성을 요청한다`;
      case 'update':
      case 'patch': return `${who} kube-apiserver에 ${obj} 변경을 요청한다`;
      case 'updateStatus':
      case 'patchStatus': return `${who} ${obj}의 상태(status)를 kube-apiserver에 보고한다`;
      case 'delete': return `${who} kube-apiserver에 ${obj} 삭제를 요청한다`;
      case 'bind': return `${who} ${josa(`${p.name} 파드`, '을/를')} ${p.target}에 바인딩한다`;
      case 'event': return `${who} 이벤트를 기록한다`;
      default: return `${who} kube-apiserver에 요청을 보낸다`;
    }
  },
  'event.record': (p) => `${josa(componentKo(p.from), '이/가')} ${p.name} ${nounKo(`${p.kind.toLowerCase()}${p.kind.endsWith('s') ? 'es' : 's'}`)}에 대한 ${p.reason} 이벤트를 기록한다`,

  'kcm.watch': (p) => `kube-controller-manager가 ${p.resource} 변경을 감시(watch)하기 시작한다`,
  'controller.create': (p) => p.name === undefined && p.generateName
    ? `${subject(p.controller)} ${josa(`새 ${nounKo(p.resource)}`, '을/를')} 생성한다 (이름 접두사 ${p.generateName})`
    : `${subject(p.controller)} ${josa(objectKo(p.resource, p.name), '을/를')} 생성한다`,
  'controller.scale': (p) => `${subject(p.controller)} ${objectKo(p.resource, p.name)}의 레플리카 수를 ${p.replicas}개로 맞춘다`,
  'controller.update': (p) => `${subject(p.controller)} ${josa(objectKo(p.resource, p.name), '을/를')} 변경한다`,
  'controller.update-status': (p) => `${subject(p.controller)} ${objectKo(p.resource, p.name)}의 상태(status)를 갱신한다`,
  'controller.update-annotations': (p) => `${subject(p.controller)} ${objectKo(p.resource, p.name)}의 어노테이션을 갱신한다`,
  'controller.delete': (p) => `${subject(p.controller)} ${josa(objectKo(p.resource, p.name), '을/를')} 삭제한다`,
  'controller.event': (p) => `${subject(p.controller)} ${objectKo(p.resource, p.name)}에 대한 ${p.reason} 이벤트를 기록한다: ${p.message}`,
  'controller.reconcile': (p) => {
    const what = p.name !== undefined ? `${p.name} ${RECONCILED[p.target]}` : `${RECONCILED[p.target]} ${p.count}개`;
    return `${subject(p.controller)} ${josa(what, '을/를')} 조정(reconcile)한다`;
  },
  'controller.progress-deadline': (p) => `${subject(p.controller)} ${p.name} 디플로이먼트의 진행 기한(progressDeadlineSeconds)을 확인한다`,
  'controller.min-ready-recheck': (p) => `${subject(p.controller)} ${p.name}의 minReadySeconds 경과 후 다시 확인한다`,
  'controller.retry-sync': (p) => `${subject(p.controller)} ${p.name}의 실패한 동기화를 다시 시도한다`,
  'kubelet.config-retry': (p) => `kubelet이 ${p.container} 컨테이너 생성을 다시 시도한다 (참조한 컨피그맵이나 시크릿이 없었다)`,
  'controller.timed-resync': (p) => `${subject(p.controller)} 기다리던 시각이 되어 ${josa(p.name, '을/를')} 다시 확인한다`,
  'controller.adopt': (p) => `${subject(p.controller)} 주인 없는 ${p.pod} 파드를 자신의 것으로 가져온다(adopt)`,
  'controller.release': (p) => `${subject(p.controller)} 레이블이 더 이상 맞지 않는 ${p.pod} 파드를 놓아준다(release)`,
  'controller.taint': (p) => {
    const parts: string[] = [];
    if (p.added.length) parts.push(`${p.node} 노드에 ${p.added.join(', ')} 테인트를 추가`);
    if (p.removed.length) parts.push(`${p.added.length ? '' : `${p.node} 노드에서 `}${p.removed.join(', ')} 테인트를 제거`);
    return `${subject(p.controller)} ${parts.join('하고 ')}한다`;
  },
  'controller.mark-not-ready': (p) => `${subject(p.controller)} ${p.pod} 파드의 Ready 상태를 False로 바꾼다`,
  'node-lifecycle.monitor': () => '노드 컨트롤러가 노드의 하트비트(상태와 리스)를 확인한다',
  'node-lifecycle.no-execute-queue': () => '노드 컨트롤러가 NoExecute 테인트를 추가할 노드를 처리한다',
  'taint-eviction.evict': () => '테인트 축출 컨트롤러가 톨러레이션 시간이 끝난 파드를 축출한다',

  'scheduler.schedule': (p) => `kube-scheduler가 ${josa(`${p.pod} 파드`, '을/를')} 실행할 노드를 고른다 (필터링과 스코어링)`,

  'kubelet.return-logs': (p) => `${josa(kubelet(p.node), '이/가')} ${p.pod} 파드의 ${p.container} 컨테이너 로그를 돌려준다`,
  'kubelet.heartbeat': (p) => `${josa(kubelet(p.node), '이/가')} 노드 리스(lease)를 갱신한다 (하트비트)`,
  'kubelet.renew-lease': (p) => `${josa(kubelet(p.node), '이/가')} kube-apiserver에 리스 갱신을 보낸다`,
  'kubelet.post-node-status': (p) => `${josa(kubelet(p.node), '이/가')} 노드 상태(NodeStatus)를 보고한다`,
  'kubelet.run-sandbox': (p) => `kubelet이 컨테이너 런타임에 ${p.pod} 파드의 샌드박스 생성을 요청한다 (CRI RunPodSandbox)`,
  'kubelet.pull-image': (p) => `kubelet이 컨테이너 런타임에 ${p.image} 이미지 풀(pull)을 요청한다 (CRI PullImage)`,
  'kubelet.pull-backoff': (p) => `kubelet이 ${p.image} 이미지 풀을 ${p.backoff} 동안 미룬다 (ImagePullBackOff)`,
  'kubelet.pull-retry': (p) => `이미지 풀 back-off가 끝나 kubelet이 ${p.image} 이미지를 다시 받아 본다`,
  'kubelet.create-container': (p) => `kubelet이 컨테이너 런타임에 ${p.container} 컨테이너 생성을 요청한다 (CRI CreateContainer)`,
  'kubelet.start-container': (p) => `kubelet이 컨테이너 런타임에 ${p.container} 컨테이너 시작을 요청한다 (CRI StartContainer)`,
  'kubelet.crashloop-restart': (p) => `CrashLoopBackOff ${josa(p.backoff, '이/가')} 끝나 kubelet이 ${p.container} 컨테이너를 다시 시작한다`,
  'kubelet.stop-container': (p) => `kubelet이 컨테이너 런타임에 ${p.container} 컨테이너 중지를 요청한다 (유예 기간 ${p.graceSeconds}초)`,
  'kubelet.replace-container': (p) => `${p.container} 컨테이너의 정의가 바뀌었다: kubelet이 컨테이너 런타임에 중지를 요청하고 (유예 기간 ${p.graceSeconds}초) 새 스펙으로 다시 시작한다`,
  'kubelet.delete-mirror-pod': (p) => `${p.node}의 kubelet이 미러 파드 ${josa(p.pod, '을/를')} 바로 지운다: API 서버의 사본만 사라지고 스태틱 파드는 계속 실행된다`,
  'kubelet.create-static-mirror-pod': (p) => `${p.node}의 kubelet이 매니페스트 디렉터리에서 읽은 스태틱 파드의 미러 파드 ${josa(p.pod, '을/를')} 만든다`,
  'kubelet.static-pod-files': (p) => `${p.node}의 스태틱 파드 디렉터리에서 파일이 바뀌었다. kubelet이 /etc/kubernetes/manifests를 다시 읽는다`,
  'kubelet.stop-sandbox': (p) => `kubelet이 컨테이너 런타임에 ${p.pod}의 샌드박스를 멈추라고 요청한다`,
  'systemd.restart-unit': (p) => `${p.node}의 systemd가 ${josa(p.unit, '을/를')} 다시 시작한다(Restart=always, RestartSec=10)`,
  'crictl.request': (p) => `${p.node}의 crictl이 CRI 소켓으로 컨테이너 런타임에 ${josa(p.op, '을/를')} 호출한다`,
  'runtime.cri-answer': (p) => `컨테이너 런타임이 ${p.op}에 응답한다`,
  'etcd.restore-data-dir': (p) => `etcd 멤버 ${josa(p.member, '이/가')} 데이터 디렉터리 ${p.dataDir}에서 시작한다`,
  'kubelet.create-mirror-pod': (p) => `${p.node}의 kubelet이 실행 중인 스태틱 파드의 미러 파드 ${josa(p.pod, '을/를')} 다시 만든다`,
  'kubelet.finalize-delete': (p) => `${josa(kubelet(p.node), '이/가')} 컨테이너가 모두 멈춘 ${josa(`${p.pod} 파드`, '을/를')} 최종 삭제한다`,
  'kubelet.stop-deleted-container': (p) => `kubelet이 삭제된 ${p.pod} 파드의 ${p.container} 컨테이너를 멈춘다`,

  'runtime.sandbox-ready': (p) => `컨테이너 런타임이 ${p.pod} 파드의 샌드박스(pause 컨테이너와 네트워크)를 준비했다`,
  'runtime.sandbox-removed': () => '컨테이너 런타임이 파드 샌드박스를 정리했다',
  'runtime.invalid-image': (p) => `이미지 이름 ${josa(p.image, '이/가')} 올바르지 않다`,
  'runtime.pull-failed': (p) => `레지스트리에 ${p.image} 이미지가 없어 풀(pull)이 실패한다`,
  'runtime.pulled': (p) => `컨테이너 런타임이 ${p.image} 이미지를 내려받았다`,
  'runtime.created': (p) => `컨테이너 런타임이 ${p.container} 컨테이너를 생성했다`,
  'runtime.container-not-found': () => '컨테이너를 찾을 수 없다',
  'runtime.start-failed': (p) => `${p.container} 컨테이너의 프로세스를 시작하지 못했다`,
  'runtime.started': (p) => `컨테이너 런타임이 ${p.container} 컨테이너를 시작했다`,
  'runtime.already-stopped': () => '컨테이너가 이미 멈춰 있다',
  'runtime.stopped': (p) => p.killed
    ? `${p.container} 컨테이너가 SIGTERM을 무시해 유예 기간 뒤 SIGKILL로 종료된다`
    : `${p.container} 컨테이너가 SIGTERM을 받고 종료된다`,
  'runtime.process-exits': (p) => `${p.container} 컨테이너의 프로세스가 종료 코드 ${josa(String(p.exitCode), '으로/로')} 끝난다`,
  'runtime.pleg': (p) => `kubelet(PLEG)이 ${p.container} 컨테이너의 종료를 알아챈다`,

  'kube-proxy.sync': (p) => `${p.node}의 ${josa('kube-proxy', '이/가')} iptables 규칙을 다시 쓴다`,
  'packet.send': (p) => `${josa(client(p.client), '이/가')} ${p.ip}:${p.port} 주소로 요청을 보낸다`,
  'packet.jump': (p) => `${where(p)}: ${p.probability ? `확률 ${p.probability} 규칙에 걸려 ` : ''}${p.target} 체인으로 간다`,
  'packet.dnat': (p) => `${where(p)}: 목적지를 ${p.to} 주소로 바꾼다 (DNAT)`,
  'packet.reject': (p) => `${where(p)}: 엔드포인트가 없어 연결을 거부한다 (REJECT)`,
  'packet.arrive': (p) => `요청이 ${p.node}의 ${p.pod} 파드(${p.ip}:${p.port})에 도착한다`,
  'packet.answer': (p) => `${josa(`${p.pod} 파드`, '이/가')} 응답한다`,
  'dns.query': (p) => `${josa(`${p.pod} 파드`, '이/가')} 클러스터 DNS(${p.server})에 ${p.name} 이름을 질의한다`,

  'etcd.tick': (p) => `${p.member} 멤버의 Raft 틱(하트비트 간격)`,
  'etcd.watch-opened': () => 'etcd가 watch 스트림을 연다',
  'etcd.raft': (p) => `${p.from} 멤버가 ${p.to}에 Raft ${p.type} 메시지를 보낸다 (term ${p.term})`,
  'etcd.error': (p) => `etcd가 요청을 처리하지 못한다 (${p.error})`,
  'etcd.compare-failed': () => 'etcd가 비교(compare) 조건 실패로 쓰기를 거부한다',
  'etcd.commit': (p) => `etcd가 쓰기를 커밋한다: ${p.key} (revision ${p.revision})`,
  'etcd.answer': (p) => `etcd ${p.member} 멤버가 응답한다 (revision ${p.revision})`,
  'etcd.watch-canceled': (p) => `etcd가 kube-apiserver의 watch를 취소한다 (${p.reason})`,
  'etcd.watch-events': (p) => `etcd가 kube-apiserver에 변경 ${p.count}건을 알린다 (${p.firstKey}, revision ${p.revision})`,
  'etcd.watch-broken': () => 'etcd 멤버가 멈춰 kube-apiserver의 watch 연결이 끊긴다',

  'etcdctl.timeout': () => 'etcdctl의 요청 제한 시간이 끝난다',
  'etcdctl.request': (p) => `etcdctl이 ${p.member} 멤버에 ${p.type} 요청을 보낸다`,
  'etcdctl.watch': (p) => `etcdctl이 ${p.member} 멤버의 키 변경을 감시(watch)한다`,
  'etcdctl.send': (p) => `etcdctl이 ${p.member}에 요청을 보낸다`,
  'etcdctl.stop-watch': () => '사용자가 Ctrl-C로 etcdctl watch를 멈춘다',
  'kernel.simulation-error': (p) => `시뮬레이션 오류: ${josa(componentKo(p.component), '이/가')} ${p.during} 이벤트를 처리하다 실패했다. 클러스터는 그 이벤트 없이 계속 동작한다`,
  'kubectl.wait': () => 'kubectl이 기다린다',
  'kubectl.wait-timeout': () => 'kubectl의 대기 시간이 끝난다',
};
