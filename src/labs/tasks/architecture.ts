// Lab tasks for the architecture note: nodes and their roles, the control plane pods, what runs on every node.
import type { LabTask } from '../types.ts';
import { Judge, isStaticPod, podContainers } from '../judge.ts';
import type { NodeOptions } from '../../sim/index.ts';

const note = 'architecture';

const fourNodes: NodeOptions[] = [
  { name: 'controlplane', controlPlane: true },
  { name: 'node01' },
  { name: 'node02' },
  { name: 'node03' },
];

const WORKER_ROLE = 'node-role.kubernetes.io/worker';

function probeYaml(node: string, placement: 'nodeName' | 'nodeSelector' | 'none', namespace = 'ops'): string {
  const where = placement === 'nodeName' ? `  nodeName: ${node}\n`
    : placement === 'nodeSelector' ? `  nodeSelector:\n    kubernetes.io/hostname: ${node}\n` : '';
  return `apiVersion: v1
kind: Pod
metadata:
  name: probe-${node}
  namespace: ${namespace}
spec:
${where}  containers:
  - name: probe
    image: busybox:1.36
    command: ["sleep", "3600"]
`;
}
const probes = (placement: 'nodeName' | 'nodeSelector' | 'none', namespace = 'ops') =>
  ({ 'probes.yaml': `${probeYaml('node01', placement, namespace)}---\n${probeYaml('node02', placement, namespace)}` });

export const architectureTasks: LabTask[] = [
  {
    id: 'count-nodes',
    note,
    level: 1,
    title: { ko: '노드 세기', en: 'Count the nodes' },
    statement: {
      ko: '이 클러스터에는 노드가 몇 개 있는가? 컨트롤 플레인 노드도 센다. 숫자로 답한다.',
      en: 'How many nodes does this cluster have, control plane node included? Answer with a number.',
    },
    start: { cluster: { nodes: fourNodes } },
    check: {
      kind: 'answer',
      prompt: { ko: '노드 개수', en: 'Number of nodes' },
      expected: (c) => String(c.listObjects('nodes').length),
      compare: 'number',
    },
    hints: [
      { ko: '노드는 네임스페이스에 속하지 않는 오브젝트다: `kubectl get nodes`.', en: 'Nodes are cluster-scoped objects: `kubectl get nodes`.' },
      { ko: '`--no-headers`와 `wc -l`을 함께 쓰면 줄 수를 센다.', en: '`--no-headers` with `wc -l` counts the lines.' },
    ],
    solution: { commands: ['kubectl get nodes --no-headers | wc -l'], answer: '4' },
    wrongAttempts: [
      { answer: '3', expect: /`3`/ },
      { answer: 'four', expect: /`four`/ },
    ],
  },
  {
    id: 'control-plane-node',
    note,
    level: 1,
    title: { ko: '컨트롤 플레인 노드 찾기', en: 'Find the control plane node' },
    statement: {
      ko: '이 클러스터에서 컨트롤 플레인 노드는 어느 것인가? 노드 이름을 답한다.',
      en: 'Which node of this cluster is the control plane node? Answer with the node’s name.',
    },
    start: { cluster: { nodes: [{ name: 'worker-a' }, { name: 'cp-main', controlPlane: true }, { name: 'worker-b' }] } },
    check: {
      kind: 'answer',
      prompt: { ko: '노드 이름', en: 'Node name' },
      expected: (c) => c.listObjects('nodes').find((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined)?.metadata.name ?? '',
    },
    hints: [
      { ko: '`kubectl get nodes`의 ROLES 열을 본다.', en: 'Look at the ROLES column of `kubectl get nodes`.' },
      { ko: 'ROLES 열은 `node-role.kubernetes.io/<역할>` 레이블에서 나온다.', en: 'The ROLES column comes from the `node-role.kubernetes.io/<role>` labels.' },
    ],
    solution: { commands: ['kubectl get nodes'], answer: 'cp-main' },
    alternatives: [{ commands: ['kubectl get nodes -l node-role.kubernetes.io/control-plane -o name'], answer: 'cp-main' }],
    wrongAttempts: [
      { answer: 'worker-a', expect: /`worker-a`/ },
      { answer: 'controlplane', expect: /`controlplane`/ },
    ],
  },
  {
    id: 'static-control-plane-pods',
    note,
    level: 2,
    title: { ko: '스태틱 파드로 실행되는 컨트롤 플레인', en: 'The control plane’s static Pods' },
    statement: {
      ko: '`kube-system` 네임스페이스에서 스태틱(static) 파드로 실행되는 컨트롤 플레인 파드 네 개의 이름을 쉼표로 구분해 답한다.',
      en: 'Name the four control plane Pods in the `kube-system` namespace that run as static Pods, separated by commas.',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: '파드 이름들(쉼표로 구분)', en: 'Pod names (comma-separated)' },
      expected: (c) => c.listObjects('pods', 'kube-system').filter(isStaticPod).map((p) => p.metadata.name).join(','),
      compare: 'set',
    },
    hints: [
      { ko: '`kubectl get pods -n kube-system`으로 시작한다.', en: 'Start with `kubectl get pods -n kube-system`.' },
      { ko: '스태틱 파드의 이름은 컴포넌트 이름 뒤에 노드 이름이 붙는다.', en: 'A static Pod’s name is the component’s name followed by the node’s name.' },
      { ko: '스태틱 파드는 노드가 소유한다: `-o yaml`의 `ownerReferences`에서 `kind: Node`를 찾는다.', en: 'A node owns its static Pods: look for `kind: Node` under `ownerReferences` in `-o yaml`.' },
    ],
    solution: {
      commands: ['kubectl get pods -n kube-system'],
      answer: 'etcd-controlplane, kube-apiserver-controlplane, kube-controller-manager-controlplane, kube-scheduler-controlplane',
    },
    wrongAttempts: [
      { answer: 'kube-apiserver-controlplane, kube-controller-manager-controlplane, kube-scheduler-controlplane', expect: /does not match/ },
      { answer: 'etcd-controlplane, kube-apiserver-controlplane, kube-controller-manager-controlplane, kube-scheduler-controlplane, kube-proxy', expect: /kube-proxy/ },
    ],
  },
  {
    id: 'kube-proxy-per-node',
    note,
    level: 1,
    title: { ko: 'kube-proxy 파드 세기', en: 'Count the kube-proxy Pods' },
    statement: {
      ko: '이 클러스터에서 kube-proxy 파드는 몇 개 실행 중인가? 숫자로 답한다.',
      en: 'How many kube-proxy Pods run in this cluster? Answer with a number.',
    },
    start: { cluster: { nodes: fourNodes } },
    check: {
      kind: 'answer',
      prompt: { ko: 'kube-proxy 파드 개수', en: 'Number of kube-proxy Pods' },
      expected: (c) => String(new Judge(c).pods('kube-system', { 'k8s-app': 'kube-proxy' }).length),
      compare: 'number',
    },
    hints: [
      { ko: 'kube-proxy는 `kube-system` 네임스페이스의 데몬셋(DaemonSet)이 노드마다 하나씩 띄운다.', en: 'A DaemonSet in `kube-system` runs one kube-proxy per node.' },
      { ko: '컨트롤 플레인 노드도 빼놓지 않는다: `kubectl get pods -n kube-system -o wide`.', en: 'Do not forget the control plane node: `kubectl get pods -n kube-system -o wide`.' },
    ],
    solution: { commands: ['kubectl get pods -n kube-system -l k8s-app=kube-proxy --no-headers | wc -l'], answer: '4' },
    alternatives: [{ commands: ['kubectl get daemonset kube-proxy -n kube-system'], answer: '4' }],
    wrongAttempts: [
      { answer: '3', expect: /`3`/ },
      { answer: '1', expect: /`1`/ },
    ],
  },
  {
    id: 'worker-role-label',
    note,
    level: 2,
    title: { ko: '워커 노드에 역할 붙이기', en: 'Give the workers a role' },
    statement: {
      ko: '`kubectl get nodes`의 ROLES 열에 `node01`과 `node02`가 `worker`로 보이게 한다. 레이블 `node-role.kubernetes.io/worker`의 값은 비워 둔다. `controlplane` 노드는 바꾸지 않는다.',
      en: 'Make `kubectl get nodes` show `worker` in the ROLES column for `node01` and `node02`. Leave the value of the label `node-role.kubernetes.io/worker` empty. Do not change the `controlplane` node.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        for (const name of ['node01', 'node02']) {
          const node = j.get('nodes', name);
          if (node) j.labels(node, 'nodes', { [WORKER_ROLE]: '' });
        }
        const cp = j.get('nodes', 'controlplane');
        if (cp?.metadata.labels?.[WORKER_ROLE] !== undefined) {
          j.fail(`\`controlplane\` 노드에도 \`${WORKER_ROLE}\` 레이블이 붙었다. 과제는 워커 노드 두 개에만 붙이라고 한다.`,
            `Node \`controlplane\` got the label \`${WORKER_ROLE}\` too; the task asks for the two worker nodes only.`);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: 'ROLES 열은 `node-role.kubernetes.io/<역할>` 레이블에서 나온다.', en: 'The ROLES column comes from the `node-role.kubernetes.io/<role>` labels.' },
      { ko: '`kubectl label`은 여러 노드를 한 번에 받는다. 값이 빈 레이블은 `key=`로 쓴다.', en: '`kubectl label` takes several nodes at once; a label with an empty value is written `key=`.' },
    ],
    solution: { commands: ['kubectl label nodes node01 node02 node-role.kubernetes.io/worker='] },
    alternatives: [{ commands: ['kubectl label node node01 node-role.kubernetes.io/worker=', 'kubectl label node node02 node-role.kubernetes.io/worker='] }],
    wrongAttempts: [
      { commands: ['kubectl label node node01 node-role.kubernetes.io/worker='], expect: /Node `node02` exists but its label node-role\.kubernetes\.io\/worker is not set/ },
      { commands: ['kubectl label nodes node01 node02 role=worker'], expect: /label node-role\.kubernetes\.io\/worker is not set/ },
      { commands: ['kubectl label nodes --all node-role.kubernetes.io/worker='], expect: /Node `controlplane` got the label/ },
    ],
  },
  {
    id: 'probe-per-worker',
    note,
    level: 3,
    title: { ko: '워커 노드마다 파드 하나', en: 'One Pod on each worker node' },
    statement: {
      ko: '네임스페이스 `ops`를 만든다. 그 안에 이미지 `busybox:1.36`으로 명령 `sleep 3600`을 실행하는 파드 두 개를 만든다. `probe-node01`은 `node01`에서, `probe-node02`는 `node02`에서 실행되어야 한다.',
      en: 'Create the Namespace `ops`. In it, create two Pods with the image `busybox:1.36` running the command `sleep 3600`: `probe-node01` must run on `node01`, and `probe-node02` on `node02`.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        if (!j.get('namespaces', 'ops')) return j.findings;
        for (const node of ['node01', 'node02']) {
          const pod = j.get('pods', `probe-${node}`, 'ops');
          if (pod && j.field(pod, 'pods', { ko: '이미지', en: 'image' }, podContainers(pod)[0]?.image, 'busybox:1.36')) j.runsOn(pod, node);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '파드가 놓일 노드는 보통 스케줄러가 고른다. 노드를 정하려면 `nodeName`이나 `nodeSelector`를 쓴다.', en: 'The scheduler usually picks a Pod’s node; to decide it yourself use `nodeName` or a `nodeSelector`.' },
      { ko: '노드마다 `kubernetes.io/hostname` 레이블이 있다.', en: 'Every node has a `kubernetes.io/hostname` label.' },
      { ko: '한 YAML 파일에 `---`로 여러 오브젝트를 넣을 수 있다.', en: 'One YAML file can hold several objects separated by `---`.' },
    ],
    solution: { commands: ['kubectl create namespace ops', 'kubectl apply -f probes.yaml'], files: probes('nodeName') },
    alternatives: [{ commands: ['kubectl create namespace ops', 'kubectl apply -f probes.yaml'], files: probes('nodeSelector') }],
    wrongAttempts: [
      // Pinned to the wrong nodes (left to the scheduler, where they land depends on the seeded tie-break).
      { commands: ['kubectl create namespace ops', 'kubectl apply -f probes.yaml'], files: { 'probes.yaml': probes('nodeName')['probes.yaml'].replace('nodeName: node01', 'nodeName: @').replace('nodeName: node02', 'nodeName: node01').replace('nodeName: @', 'nodeName: node02') }, expect: /node is `node02`; the task asks for `node01`/ },
      { commands: ['kubectl apply -f probes.yaml'], files: probes('nodeName', 'default'), expect: /There is no namespace `ops`\./ },
      { commands: ['kubectl create namespace ops', 'kubectl run probe-node01 -n ops --image=busybox:1.36 --command -- sleep 3600'], expect: /no pod `probe-node02` in namespace `ops`/ },
    ],
  },
];
