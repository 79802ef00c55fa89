// Lab tasks for the etcd note: etcdctl put/get/del, the /registry key layout, snapshots, the Raft
// leader and quorum, and etcd's ports.
import type { LabTask } from '../types.ts';
import { Judge, containerFlag, controlPlanePod, etcdValue, parseJson, podContainers, sessionFile } from '../judge.ts';

const note = 'etcd';
const BACKUP = '/opt/etcd-backup.db';

/** Whether a file is an etcd snapshot holding the cluster's objects. */
function isSnapshot(text: string): boolean {
  return snapshotHas(text, '/registry/namespaces/default');
}

/** Whether a file is an etcd snapshot that holds a key. */
function snapshotHas(text: string, key: string): boolean {
  const snap = parseJson(text) as { revision?: unknown; kvs?: { key?: unknown }[] } | undefined;
  return typeof snap?.revision === 'number' && Array.isArray(snap.kvs) && snap.kvs.some((kv) => kv.key === key);
}

const PROD_BACKUP = '/opt/prod-backup.db';

export const etcdTasks: LabTask[] = [
  {
    id: 'put-get',
    note,
    level: 1,
    title: { ko: 'etcdctl로 키 저장하기', en: 'Store a key with etcdctl' },
    statement: {
      ko: '`etcdctl`로 키 `name`에 값 `nginx`를 저장한다. 저장한 값을 다시 읽어 확인한다.',
      en: 'Use `etcdctl` to store the value `nginx` under the key `name`, then read it back.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const value = etcdValue(c, 'name');
        if (value === undefined) j.fail('etcd에 `name` 키가 없다.', 'etcd has no key `name`.');
        else if (value !== 'nginx') j.fail(`etcd의 \`name\` 키에 든 값: \`${value}\`. 과제가 요구하는 값: \`nginx\`.`, `The key \`name\` in etcd holds \`${value}\`; the task asks for \`nginx\`.`);
        return j.findings;
      },
    },
    hints: [
      { ko: 'v3 API의 명령은 `put`과 `get`이다.', en: 'The v3 API’s commands are `put` and `get`.' },
      { ko: 'etcd 3.4의 `etcdctl`은 `ETCDCTL_API`가 없으면 v3를 쓴다. v2의 `set`은 통하지 않는다.', en: 'etcd 3.4’s `etcdctl` uses v3 when `ETCDCTL_API` is unset; the v2 `set` does not work.' },
    ],
    solution: { commands: ['etcdctl put name nginx', 'etcdctl get name'] },
    wrongAttempts: [
      { commands: ['ETCDCTL_API=2 etcdctl set name nginx'], expect: /no key `name`/ },
      { commands: ['etcdctl put Name nginx'], expect: /no key `name`/ },
      { commands: ['etcdctl put name nginx:1.27'], expect: /holds `nginx:1\.27`/ },
    ],
  },
  {
    id: 'delete-key',
    note,
    level: 1,
    title: { ko: '키 하나 지우기', en: 'Delete one key' },
    statement: {
      ko: 'etcd에 키 `/app/config`와 `/app/mode`가 있다. `/app/config`만 지우고 `/app/mode`는 남긴다.',
      en: 'etcd holds the keys `/app/config` and `/app/mode`. Delete `/app/config` only; keep `/app/mode`.',
    },
    start: { commands: ['etcdctl put /app/config v1', 'etcdctl put /app/mode blue'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const keys = new Set(c.etcdKeys());
        if (keys.has('/app/config')) j.fail('etcd에 `/app/config` 키가 아직 남아 있다.', 'The key `/app/config` is still in etcd.');
        if (!keys.has('/app/mode')) j.fail('`/app/mode` 키까지 지워졌다. 과제는 이 키를 남기라고 한다.', 'The key `/app/mode` is gone too; the task asks to keep it.');
        return j.findings;
      },
    },
    hints: [
      { ko: 'v3 API에서 키를 지우는 명령은 `del`이다.', en: 'The v3 command that deletes keys is `del`.' },
      { ko: '`--prefix`는 그 접두사로 시작하는 키를 모두 지운다.', en: '`--prefix` deletes every key that starts with the prefix.' },
    ],
    solution: { commands: ['etcdctl del /app/config'] },
    wrongAttempts: [
      { commands: ['etcdctl del /app --prefix'], expect: /`\/app\/mode` is gone/ },
      { commands: ['etcdctl del app/config'], expect: /`\/app\/config` is still/ },
    ],
  },
  {
    id: 'pod-key',
    note,
    level: 1,
    title: { ko: '파드가 저장된 키', en: 'The key a Pod is stored under' },
    statement: {
      ko: '`prod` 네임스페이스의 파드 `db`는 etcd의 어느 키에 저장되어 있는가? 키 전체를 답한다.',
      en: 'Under which etcd key is Pod `db` of namespace `prod` stored? Answer with the whole key.',
    },
    start: { commands: ['kubectl create namespace prod', 'kubectl run db --image=redis:7 -n prod'] },
    check: {
      kind: 'answer',
      prompt: { ko: 'etcd 키', en: 'etcd key' },
      expected: (c) => c.etcdKeys().find((k) => /^\/registry\/pods\/prod\/db$/.test(k)) ?? '',
      compare: 'exact',
    },
    hints: [
      { ko: '쿠버네티스의 키는 모두 `/registry` 아래에 있다.', en: 'Kubernetes keeps every key under `/registry`.' },
      { ko: '`etcdctl get /registry/pods --prefix --keys-only`로 파드의 키를 본다.', en: '`etcdctl get /registry/pods --prefix --keys-only` lists the Pods’ keys.' },
    ],
    solution: { commands: ['etcdctl get /registry/pods/prod/db --keys-only'], answer: '/registry/pods/prod/db' },
    wrongAttempts: [
      { answer: '/registry/pods/default/db', expect: /default/ },
      { answer: '/registry/prod/pods/db', expect: /\/registry\/prod\/pods\/db/ },
    ],
  },
  {
    id: 'snapshot',
    note,
    level: 2,
    title: { ko: 'etcd 스냅샷 백업', en: 'Back up etcd with a snapshot' },
    statement: {
      ko: '`etcdctl`로 etcd의 스냅샷을 `/opt/etcd-backup.db`에 저장한다.',
      en: 'Save a snapshot of etcd to `/opt/etcd-backup.db` with `etcdctl`.',
    },
    start: { commands: ['kubectl create deployment web --image=nginx:1.27 --replicas=2'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const file = sessionFile(c, BACKUP);
        if (file === undefined) j.fail(`\`${BACKUP}\` 파일이 없다.`, `There is no file \`${BACKUP}\`.`);
        else if (!isSnapshot(file)) j.fail(`\`${BACKUP}\` 파일은 etcd 스냅샷이 아니다.`, `The file \`${BACKUP}\` is not an etcd snapshot.`);
        return j.findings;
      },
    },
    hints: [
      { ko: '명령은 `etcdctl snapshot save <파일>`이다.', en: 'The command is `etcdctl snapshot save <file>`.' },
      { ko: '실제 kubeadm 클러스터에서는 `--endpoints`, `--cacert`, `--cert`, `--key`도 준다. 이 터미널은 `ETCDCTL_*` 변수로 이미 설정해 두었다.', en: 'On a real kubeadm cluster you also pass `--endpoints`, `--cacert`, `--cert` and `--key`; this terminal has them exported as `ETCDCTL_*` variables.' },
    ],
    solution: { commands: [`etcdctl snapshot save ${BACKUP}`] },
    alternatives: [{
      commands: [`ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key snapshot save ${BACKUP}`],
    }],
    wrongAttempts: [
      { commands: ['etcdctl snapshot save /opt/backup.db'], expect: /no file `\/opt\/etcd-backup\.db`/ },
      { commands: [`kubectl get all -A -o yaml > ${BACKUP}`], expect: /not an etcd snapshot/ },
    ],
  },
  {
    id: 'leader',
    note,
    level: 2,
    title: { ko: 'etcd 리더 찾기', en: 'Find the etcd leader' },
    statement: {
      ko: '이 클러스터의 etcd는 멤버 세 개로 이루어져 있다. 지금 Raft 리더인 멤버의 이름을 답한다.',
      en: 'This cluster’s etcd has three members. Answer with the name of the member that is the Raft leader now.',
    },
    start: { cluster: { etcdMembers: 3 } },
    check: {
      kind: 'answer',
      prompt: { ko: '멤버 이름', en: 'Member name' },
      expected: (c) => c.snapshot().etcd.members.find((m) => m.role === 'leader')?.name ?? '',
    },
    hints: [
      { ko: '`etcdctl endpoint status --cluster -w table`의 IS LEADER 열을 본다.', en: 'Look at the IS LEADER column of `etcdctl endpoint status --cluster -w table`.' },
      { ko: '그 표는 ID만 보여 준다. `etcdctl member list`로 ID와 이름을 맞춘다.', en: 'That table shows IDs only; `etcdctl member list` maps IDs to names.' },
    ],
    solution: { commands: ['etcdctl endpoint status --cluster -w table', 'etcdctl member list'], answer: 'etcd-2' },
    wrongAttempts: [
      { answer: 'etcd-1', expect: /`etcd-1`/ },
      { answer: 'controlplane', expect: /`controlplane`/ },
    ],
  },
  {
    id: 'fault-tolerance',
    note,
    level: 2,
    title: { ko: '견딜 수 있는 장애 수', en: 'How many failures etcd tolerates' },
    statement: {
      ko: '이 클러스터의 etcd 멤버를 센다. 쓰기가 계속 되려면 과반수(quorum)가 살아 있어야 한다. 멤버가 최대 몇 개까지 멈춰도 쓰기가 되는가? 숫자로 답한다.',
      en: 'Count this cluster’s etcd members. Writes need a majority (quorum) alive. At most how many members can fail while writes still work? Answer with a number.',
    },
    start: { cluster: { etcdMembers: 5 } },
    check: {
      kind: 'answer',
      prompt: { ko: '멈춰도 되는 멤버 수', en: 'Members that can fail' },
      expected: (c) => String(Math.floor((c.snapshot().etcd.members.length - 1) / 2)),
      compare: 'number',
    },
    hints: [
      { ko: '`etcdctl member list`로 멤버를 센다.', en: 'Count the members with `etcdctl member list`.' },
      { ko: '멤버 N개의 quorum은 N/2를 내림한 값에 1을 더한 수다.', en: 'The quorum of N members is N/2 rounded down, plus one.' },
    ],
    solution: { commands: ['etcdctl member list'], answer: '2' },
    wrongAttempts: [
      { answer: '3', expect: /`3`/ },
      { answer: '4', expect: /`4`/ },
    ],
  },
  {
    id: 'client-port',
    note,
    level: 1,
    title: { ko: 'etcd의 클라이언트 포트', en: 'etcd’s client port' },
    statement: {
      ko: '이 클러스터의 etcd는 클라이언트 요청을 어느 포트에서 받는가? `etcd-controlplane` 파드의 옵션에서 찾아 포트 번호로 답한다.',
      en: 'On which port does this cluster’s etcd take client requests? Find it in the options of Pod `etcd-controlplane` and answer with the port number.',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: '포트 번호', en: 'Port number' },
      expected: (c) => /:(\d+)/.exec(containerFlag(controlPlanePod(c, 'etcd'), 'listen-client-urls')?.split(',')[0] ?? '')?.[1] ?? '',
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl describe pod etcd-controlplane -n kube-system`의 Command를 본다.', en: 'Look at the Command of `kubectl describe pod etcd-controlplane -n kube-system`.' },
      { ko: '클라이언트용은 `--listen-client-urls`, 피어용은 `--listen-peer-urls`다.', en: 'Clients use `--listen-client-urls`; peers use `--listen-peer-urls`.' },
    ],
    solution: { commands: ['kubectl describe pod etcd-controlplane -n kube-system | grep listen-client'], answer: '2379' },
    wrongAttempts: [
      { answer: '2380', expect: /`2380`/ },
      { answer: '6443', expect: /`6443`/ },
    ],
  },
  {
    id: 'backup-after-change',
    note,
    level: 3,
    title: { ko: '바뀐 상태까지 담은 백업', en: 'A backup that holds the change' },
    statement: {
      ko: '네임스페이스 `prod`를 만들고 그 안에 이미지 `redis:7`로 파드 `db`를 만든다. `etcdctl`로 파드의 키가 etcd에 있는지 확인한 다음, 그 파드가 들어 있는 etcd 스냅샷을 `/opt/prod-backup.db`에 저장한다.',
      en: 'Create the Namespace `prod` and, in it, Pod `db` with the image `redis:7`. Check with `etcdctl` that the Pod’s key is in etcd, then save an etcd snapshot that holds the Pod to `/opt/prod-backup.db`.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'db', 'prod');
        if (pod) j.field(pod, 'pods', { ko: '이미지', en: 'image' }, podContainers(pod)[0]?.image, 'redis:7');
        const file = sessionFile(c, PROD_BACKUP);
        if (file === undefined) j.fail(`\`${PROD_BACKUP}\` 파일이 없다.`, `There is no file \`${PROD_BACKUP}\`.`);
        else if (!isSnapshot(file)) j.fail(`\`${PROD_BACKUP}\` 파일은 etcd 스냅샷이 아니다.`, `The file \`${PROD_BACKUP}\` is not an etcd snapshot.`);
        else if (!snapshotHas(file, '/registry/pods/prod/db')) {
          j.fail(`\`${PROD_BACKUP}\` 스냅샷에 \`/registry/pods/prod/db\` 키가 없다. 파드를 만들기 전에 저장한 스냅샷이다.`,
            `The snapshot \`${PROD_BACKUP}\` has no key \`/registry/pods/prod/db\`: it was saved before the Pod existed.`);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '파드의 키는 `/registry/pods/<네임스페이스>/<이름>`이다: `etcdctl get /registry/pods/prod/db --keys-only`.', en: 'A Pod’s key is `/registry/pods/<namespace>/<name>`: `etcdctl get /registry/pods/prod/db --keys-only`.' },
      { ko: '스냅샷은 저장한 순간의 상태만 담는다. 순서가 중요하다.', en: 'A snapshot holds the state at the moment it is saved: the order matters.' },
    ],
    solution: {
      commands: ['kubectl create namespace prod', 'kubectl run db --image=redis:7 -n prod', 'etcdctl get /registry/pods/prod/db --keys-only', `etcdctl snapshot save ${PROD_BACKUP}`],
    },
    alternatives: [{
      commands: ['kubectl apply -f db.yaml', 'etcdctl get /registry/pods/prod --prefix --keys-only', `etcdctl snapshot save ${PROD_BACKUP}`],
      files: { 'db.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: db\n  namespace: prod\nspec:\n  containers:\n  - name: db\n    image: redis:7\n' },
    }],
    wrongAttempts: [
      { commands: [`etcdctl snapshot save ${PROD_BACKUP}`, 'kubectl create namespace prod', 'kubectl run db --image=redis:7 -n prod'], expect: /saved before the Pod existed/ },
      { commands: ['kubectl run db --image=redis:7', `etcdctl snapshot save ${PROD_BACKUP}`], expect: /no pod `db` in namespace `prod`[\s\S]*no key `\/registry\/pods\/prod\/db`/ },
      { commands: ['kubectl create namespace prod', 'kubectl run db --image=redis:7 -n prod', 'etcdctl snapshot save /opt/etcd-backup.db'], expect: /no file `\/opt\/prod-backup\.db`/ },
    ],
  },
];
