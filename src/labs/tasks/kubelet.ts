// Lab tasks for the kubelet note: what each node's kubelet reports (version, capacity, heartbeats)
// and how it runs containers (restart policy, restarts of a container whose command exits).
import type { LabTask } from '../types.ts';
import type { Cluster, KubeObject } from '../../sim/index.ts';
import { Judge, nodeInfo, podContainers, podPhase, podSpecField, readyText } from '../judge.ts';

const note = 'kubelet';

function capacity(c: Cluster, node: string): Record<string, string> {
  return (c.getObject('nodes', undefined, node)?.status as { capacity?: Record<string, string> } | undefined)?.capacity ?? {};
}

/** The command line a container runs: command and args together, as the reader wrote them. */
function commandLine(pod: KubeObject): string {
  const c = podContainers(pod)[0];
  return [...(c?.command ?? []), ...(c?.args ?? [])].join(' ');
}

const image = { ko: '이미지', en: 'image' };

export const kubeletTasks: LabTask[] = [
  {
    id: 'kubelet-version',
    note,
    level: 1,
    title: { ko: 'kubelet 버전', en: 'The kubelet’s version' },
    statement: {
      ko: '`node01`에서 실행 중인 kubelet의 버전을 답한다(예: `v1.30.2`).',
      en: 'Answer with the version of the kubelet that runs on `node01` (for example `v1.30.2`).',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: 'kubelet 버전', en: 'kubelet version' },
      expected: (c) => nodeInfo(c.getObject('nodes', undefined, 'node01')).kubeletVersion ?? '',
    },
    hints: [
      { ko: '`kubectl get nodes`의 VERSION 열은 각 노드의 kubelet 버전이다.', en: 'The VERSION column of `kubectl get nodes` is each node’s kubelet version.' },
    ],
    solution: { commands: ['kubectl get nodes'], answer: 'v1.33.1' },
    alternatives: [{ commands: ["kubectl get node node01 -o jsonpath='{.status.nodeInfo.kubeletVersion}'"], answer: 'v1.33.1' }],
    wrongAttempts: [
      { answer: 'v1.32.0', expect: /`v1\.32\.0`/ },
      { answer: '1.33', expect: /`1\.33`/ },
    ],
  },
  {
    id: 'pod-capacity',
    note,
    level: 1,
    title: { ko: '노드가 받는 파드 수', en: 'How many Pods a node takes' },
    statement: {
      ko: '`node01`의 kubelet은 파드를 최대 몇 개까지 실행하겠다고 보고하는가? 노드의 용량(capacity)에서 찾아 숫자로 답한다.',
      en: 'At most how many Pods does the kubelet of `node01` report it will run? Find it in the node’s capacity and answer with a number.',
    },
    start: { cluster: { nodes: [{ name: 'controlplane', controlPlane: true }, { name: 'node01', pods: 30 }, { name: 'node02' }] } },
    check: {
      kind: 'answer',
      prompt: { ko: '파드 수', en: 'Number of Pods' },
      expected: (c) => capacity(c, 'node01').pods ?? '',
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl describe node node01`의 Capacity와 Allocatable을 본다.', en: 'Look at Capacity and Allocatable in `kubectl describe node node01`.' },
      { ko: 'kubelet 설정의 `maxPods`가 이 값이 된다. 기본값은 110이다.', en: 'The kubelet configuration’s `maxPods` becomes this value; the default is 110.' },
    ],
    solution: { commands: ['kubectl describe node node01'], answer: '30' },
    alternatives: [{ commands: ["kubectl get node node01 -o jsonpath='{.status.capacity.pods}'"], answer: '30' }],
    wrongAttempts: [
      { answer: '110', expect: /`110`/ },
      { answer: '0', expect: /`0`/ },
    ],
  },
  {
    id: 'most-cpu',
    note,
    level: 1,
    title: { ko: 'CPU가 가장 많은 노드', en: 'The node with the most CPU' },
    statement: {
      ko: '각 노드의 kubelet은 노드의 CPU 용량을 API 서버에 보고한다. 워커 노드 가운데 CPU 용량이 가장 큰 노드의 이름을 답한다.',
      en: 'Each node’s kubelet reports the node’s CPU capacity to the API server. Answer with the name of the worker node with the most CPU.',
    },
    start: { cluster: { nodes: [{ name: 'controlplane', controlPlane: true, cpu: '16' }, { name: 'node01', cpu: '2' }, { name: 'node02', cpu: '8' }, { name: 'node03', cpu: '4' }] } },
    check: {
      kind: 'answer',
      prompt: { ko: '노드 이름', en: 'Node name' },
      expected: (c) => c.listObjects('nodes')
        .filter((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] === undefined)
        .map((n) => ({ name: n.metadata.name ?? '', cpu: Number(capacity(c, n.metadata.name ?? '').cpu ?? 0) }))
        .sort((a, b) => b.cpu - a.cpu)[0]?.name ?? '',
    },
    hints: [
      { ko: '`kubectl describe nodes | grep -i cpu`로 훑어본다.', en: 'Skim with `kubectl describe nodes | grep -i cpu`.' },
      { ko: "JSONPath로 이름과 CPU만 뽑는다: `kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name} {.status.capacity.cpu}{\"\\n\"}{end}'`.", en: "Pick names and CPUs with JSONPath: `kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name} {.status.capacity.cpu}{\"\\n\"}{end}'`." },
      { ko: '컨트롤 플레인 노드는 워커 노드가 아니다.', en: 'The control plane node is not a worker node.' },
    ],
    solution: { commands: ["kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name} {.status.capacity.cpu}{\"\\n\"}{end}'"], answer: 'node02' },
    wrongAttempts: [
      { answer: 'controlplane', expect: /`controlplane`/ },
      { answer: 'node03', expect: /`node03`/ },
    ],
  },
  {
    id: 'node-lease',
    note,
    level: 1,
    title: { ko: '하트비트 리스', en: 'The heartbeat Lease' },
    statement: {
      ko: '각 kubelet은 하트비트로 자기 노드 이름의 리스(Lease)를 주기적으로 갱신한다. 이 리스들은 어느 네임스페이스에 있는가?',
      en: 'As its heartbeat, each kubelet keeps renewing a Lease named after its node. In which namespace are these Leases?',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: '네임스페이스', en: 'Namespace' },
      expected: (c) => c.listObjects('leases').find((l) => l.metadata.name === 'node01')?.metadata.namespace ?? '',
    },
    hints: [
      { ko: '모든 네임스페이스의 리스를 본다: `kubectl get leases -A`.', en: 'List the Leases of every namespace: `kubectl get leases -A`.' },
    ],
    solution: { commands: ['kubectl get leases -A'], answer: 'kube-node-lease' },
    wrongAttempts: [
      { answer: 'kube-system', expect: /`kube-system`/ },
      { answer: 'default', expect: /`default`/ },
    ],
  },
  {
    id: 'restart-never',
    note,
    level: 2,
    title: { ko: '다시 시작하지 않는 파드', en: 'A Pod the kubelet does not restart' },
    statement: {
      ko: '이미지 `busybox:1.36`으로 명령 `sh -c "echo done"`을 한 번 실행하는 파드 `job-once`를 만든다. 컨테이너가 끝나도 kubelet이 다시 시작하지 않도록 재시작 정책을 `Never`로 한다. 파드는 `Succeeded` 단계가 되어야 한다.',
      en: 'Create Pod `job-once` with the image `busybox:1.36` that runs the command `sh -c "echo done"` once. Set its restart policy to `Never`, so that the kubelet does not restart the container when it exits. The Pod must reach the `Succeeded` phase.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'job-once');
        if (!pod) return j.findings;
        j.field(pod, 'pods', image, podContainers(pod)[0]?.image, 'busybox:1.36');
        if (j.field(pod, 'pods', { ko: '재시작 정책', en: 'restart policy' }, podSpecField(pod, 'restartPolicy'), 'Never')) {
          j.field(pod, 'pods', { ko: '단계(phase)', en: 'phase' }, podPhase(pod), 'Succeeded');
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '파드의 `restartPolicy` 기본값은 `Always`다. kubelet은 끝난 컨테이너를 계속 다시 시작한다.', en: 'A Pod’s `restartPolicy` defaults to `Always`: the kubelet keeps restarting containers that exit.' },
      { ko: '`kubectl run`에는 `--restart` 플래그가 있다. 명령은 `--` 뒤에 쓴다.', en: '`kubectl run` has a `--restart` flag; the command goes after `--`.' },
    ],
    solution: { commands: ['kubectl run job-once --image=busybox:1.36 --restart=Never -- sh -c "echo done"'] },
    alternatives: [{
      commands: ['kubectl apply -f job-once.yaml'],
      files: { 'job-once.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: job-once\nspec:\n  restartPolicy: Never\n  containers:\n  - name: job-once\n    image: busybox:1.36\n    command: ["sh", "-c", "echo done"]\n' },
    }],
    wrongAttempts: [
      { commands: ['kubectl run job-once --image=busybox:1.36 -- sh -c "echo done"'], expect: /restart policy is `Always`/ },
      { commands: ['kubectl run job-once --image=busybox:1.36 --restart=OnFailure -- sh -c "echo done"'], expect: /restart policy is `OnFailure`/ },
    ],
  },
  {
    id: 'fix-crashloop',
    note,
    level: 2,
    title: { ko: 'CrashLoopBackOff 고치기', en: 'Fix a CrashLoopBackOff' },
    statement: {
      ko: '파드 `worker`(이미지 `busybox:1.36`)의 명령이 곧바로 실패해 kubelet이 컨테이너를 되풀이해 다시 시작하고 있다(`CrashLoopBackOff`). 같은 이름과 이미지로 명령 `sleep 3600`을 실행하도록 다시 만들어 파드가 `Running`이고 준비(READY `1/1`)되게 한다.',
      en: 'The command of Pod `worker` (image `busybox:1.36`) fails at once, so the kubelet keeps restarting its container (`CrashLoopBackOff`). Recreate it with the same name and image running the command `sleep 3600`, so that the Pod is `Running` and ready (READY `1/1`).',
    },
    start: { commands: ['kubectl run worker --image=busybox:1.36 --command -- sh -c "exit 1"'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'worker');
        if (!pod) return j.findings;
        j.field(pod, 'pods', image, podContainers(pod)[0]?.image, 'busybox:1.36');
        const line = commandLine(pod);
        if (!/(^|\s|")sleep 3600("|$)/.test(line)) {
          j.fail(`\`worker\` 파드가 실행하는 명령: \`${line}\`. 과제가 요구하는 명령: \`sleep 3600\`.`, `Pod \`worker\` runs \`${line}\`; the task asks for \`sleep 3600\`.`);
        } else {
          j.field(pod, 'pods', { ko: 'READY 값', en: 'READY value' }, readyText(pod), '1/1');
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl describe pod worker`의 Last State와 Exit Code, `kubectl logs worker --previous`가 실패한 이유를 보여 준다.', en: 'Last State and Exit Code in `kubectl describe pod worker`, and `kubectl logs worker --previous`, show why it fails.' },
      { ko: '실행 중인 파드의 명령은 바꿀 수 없다. 지우고 다시 만든다.', en: 'A running Pod’s command cannot change: delete it and create it again.' },
      { ko: '`kubectl run`에서 `--command -- sleep 3600`은 이미지의 명령 자체를 바꾼다.', en: 'In `kubectl run`, `--command -- sleep 3600` replaces the image’s command itself.' },
    ],
    // TODO(runtime): `kubectl run worker --image=busybox:1.36 -- sleep 3600` (args only) must pass too once the
    // runtime runs busybox's args as the real image does (it exits 0 today).
    solution: { commands: ['kubectl delete pod worker --now', 'kubectl run worker --image=busybox:1.36 --command -- sleep 3600'] },
    alternatives: [{
      commands: ['kubectl replace --force -f worker.yaml'],
      files: { 'worker.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: worker\nspec:\n  containers:\n  - name: worker\n    image: busybox:1.36\n    command: ["sleep", "3600"]\n' },
    }],
    wrongAttempts: [
      { commands: ['kubectl delete pod worker --now', 'kubectl run worker --image=busybox:1.36 -- sh -c "exit 0"'], expect: /runs `sh -c exit 0`/ },
      { commands: ['kubectl delete pod worker --now', 'kubectl run worker --image=busybox:1.35 --command -- sleep 3600'], expect: /image is `busybox:1\.35`/ },
    ],
  },
];
