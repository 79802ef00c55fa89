// Lab tasks for the kube-scheduler note: placing a pod by hand (nodeName), node labels and
// nodeSelector, taints and tolerations, requests that fit no node, and a pod no scheduler picks up.
import type { LabTask } from '../types.ts';
import type { NodeOptions } from '../../sim/index.ts';
import { Judge, podContainers, podSpecField } from '../judge.ts';

const note = 'kube-scheduler';

function podYaml(name: string, image: string, extra: { spec?: string; container?: string } = {}): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${extra.spec ?? ''}  containers:
  - name: ${name}
    image: ${image}
${extra.container ?? ''}`;
}

const cpuRequest = (cpu: string) => `    resources:\n      requests:\n        cpu: "${cpu}"\n`;
const sleep = '    command: ["sleep", "3600"]\n';
const controlPlaneToleration = '  tolerations:\n  - key: node-role.kubernetes.io/control-plane\n    operator: Exists\n    effect: NoSchedule\n';
const controlPlaneSelector = '  nodeSelector:\n    node-role.kubernetes.io/control-plane: ""\n';

const fourNodes: NodeOptions[] = [
  { name: 'controlplane', controlPlane: true },
  { name: 'node01' },
  { name: 'node02' },
  { name: 'node03' },
];

function cpuOf(pod: Parameters<typeof podContainers>[0]): string | undefined {
  const c = podContainers(pod)[0] as { resources?: { requests?: { cpu?: string } } } | undefined;
  return c?.resources?.requests?.cpu;
}

export const kubeSchedulerTasks: LabTask[] = [
  {
    id: 'manual-nodename',
    note,
    level: 2,
    title: { ko: '스케줄러 없이 노드 정하기', en: 'Choose the node without the scheduler' },
    statement: {
      ko: '이미지 `nginx:1.27`로 파드 `manual`을 만든다. 파드는 `node01`에서 실행되어야 한다. 스케줄러에 맡기지 말고 매니페스트에 노드를 직접 적는다.',
      en: 'Create Pod `manual` with the image `nginx:1.27`. It must run on `node01`. Do not leave the choice to the scheduler: write the node into the manifest.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'manual');
        if (pod && j.field(pod, 'pods', { ko: '이미지', en: 'image' }, podContainers(pod)[0]?.image, 'nginx:1.27')) j.runsOn(pod, 'node01');
        return j.findings;
      },
    },
    hints: [
      { ko: '`spec.nodeName`이 있는 파드는 스케줄러를 거치지 않고 그 노드의 kubelet이 바로 실행한다.', en: 'A Pod with `spec.nodeName` skips the scheduler: that node’s kubelet runs it directly.' },
      { ko: '`kubectl run manual --image=nginx:1.27 --dry-run=client -o yaml > manual.yaml`로 시작해 `nodeName: node01`을 `spec` 아래에 넣는다.', en: 'Start from `kubectl run manual --image=nginx:1.27 --dry-run=client -o yaml > manual.yaml` and add `nodeName: node01` under `spec`.' },
    ],
    solution: { commands: ['kubectl apply -f manual.yaml'], files: { 'manual.yaml': podYaml('manual', 'nginx:1.27', { spec: '  nodeName: node01\n' }) } },
    alternatives: [{ commands: ['kubectl apply -f manual.yaml'], files: { 'manual.yaml': podYaml('manual', 'nginx:1.27', { spec: '  nodeSelector:\n    kubernetes.io/hostname: node01\n' }) } }],
    wrongAttempts: [
      { commands: ['kubectl run manual --image=nginx:1.27'], expect: /node is `node02`/ },
      { commands: ['kubectl apply -f manual.yaml'], files: { 'manual.yaml': podYaml('manual', 'nginx:1.27', { spec: '  nodeName: node1\n' }) }, expect: /node is `node1`/ },
    ],
  },
  {
    id: 'node-selector',
    note,
    level: 2,
    title: { ko: '노드 레이블과 nodeSelector', en: 'Node label and nodeSelector' },
    statement: {
      ko: '노드 `node01`에 레이블 `disktype=ssd`를 붙인다. 그리고 이미지 `nginx:1.27`로 파드 `fast`를 만든다. 파드는 `nodeSelector`로 `disktype=ssd` 노드를 골라야 한다.',
      en: 'Label node `node01` with `disktype=ssd`. Then create Pod `fast` with the image `nginx:1.27` that selects `disktype=ssd` nodes with a `nodeSelector`.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const node = j.get('nodes', 'node01');
        if (node) j.labels(node, 'nodes', { disktype: 'ssd' });
        const pod = j.get('pods', 'fast');
        if (pod) {
          j.field(pod, 'pods', { ko: '이미지', en: 'image' }, podContainers(pod)[0]?.image, 'nginx:1.27');
          if (j.field(pod, 'pods', { ko: '`nodeSelector` 필드', en: 'nodeSelector' }, podSpecField(pod, 'nodeSelector'), { disktype: 'ssd' })) j.runsOn(pod, 'node01');
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '노드 레이블은 `kubectl label node node01 disktype=ssd`로 붙인다.', en: 'Label the node with `kubectl label node node01 disktype=ssd`.' },
      { ko: '`nodeSelector`는 파드의 `spec` 아래에 레이블 맵으로 쓴다. 스케줄러의 필터링 단계가 레이블이 맞지 않는 노드를 뺀다.', en: '`nodeSelector` is a map of labels under the Pod’s `spec`; the scheduler’s filtering drops nodes whose labels do not match.' },
    ],
    solution: {
      commands: ['kubectl label node node01 disktype=ssd', 'kubectl apply -f fast.yaml'],
      files: { 'fast.yaml': podYaml('fast', 'nginx:1.27', { spec: '  nodeSelector:\n    disktype: ssd\n' }) },
    },
    wrongAttempts: [
      { commands: ['kubectl label node node02 disktype=ssd', 'kubectl apply -f fast.yaml'], files: { 'fast.yaml': podYaml('fast', 'nginx:1.27', { spec: '  nodeSelector:\n    disktype: ssd\n' }) }, expect: /node is `node02`/ },
      { commands: ['kubectl label node node01 disktype=ssd', 'kubectl run fast --image=nginx:1.27'], expect: /nodeSelector is not set/ },
      { commands: ['kubectl label node node01 disk=ssd', 'kubectl apply -f fast.yaml'], files: { 'fast.yaml': podYaml('fast', 'nginx:1.27', { spec: '  nodeSelector:\n    disktype: ssd\n' }) }, expect: /label disktype is not set/ },
    ],
  },
  {
    id: 'control-plane-pod',
    note,
    level: 3,
    title: { ko: '컨트롤 플레인 노드에서 실행하기', en: 'Run on the control plane node' },
    statement: {
      ko: '이미지 `busybox:1.36`으로 명령 `sleep 3600`을 실행하는 파드 `cp-tool`을 만든다. 파드는 `controlplane` 노드에서 실행되어야 한다. 이 노드에는 테인트(taint) `node-role.kubernetes.io/control-plane:NoSchedule`이 있다.',
      en: 'Create Pod `cp-tool` with the image `busybox:1.36` running the command `sleep 3600`. It must run on the `controlplane` node, which has the taint `node-role.kubernetes.io/control-plane:NoSchedule`.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'cp-tool');
        if (pod && j.field(pod, 'pods', { ko: '이미지', en: 'image' }, podContainers(pod)[0]?.image, 'busybox:1.36')) j.runsOn(pod, 'controlplane');
        return j.findings;
      },
    },
    hints: [
      { ko: '스케줄러는 `NoSchedule` 테인트가 있는 노드를 뺀다. 파드에 그 테인트에 맞는 톨러레이션(toleration)이 있으면 빼지 않는다.', en: 'The scheduler drops nodes with a `NoSchedule` taint the Pod does not tolerate.' },
      { ko: '톨러레이션은 그 노드를 허용할 뿐 고르지는 않는다. `nodeSelector`로 노드도 고른다.', en: 'A toleration only allows the node; it does not choose it. Choose it with a `nodeSelector` too.' },
      { ko: '`nodeName: controlplane`은 스케줄러를 거치지 않으므로 `NoSchedule` 테인트에 걸리지 않는다.', en: '`nodeName: controlplane` skips the scheduler, so the `NoSchedule` taint does not apply.' },
    ],
    solution: { commands: ['kubectl apply -f cp-tool.yaml'], files: { 'cp-tool.yaml': podYaml('cp-tool', 'busybox:1.36', { spec: controlPlaneToleration + controlPlaneSelector, container: sleep }) } },
    alternatives: [{ commands: ['kubectl apply -f cp-tool.yaml'], files: { 'cp-tool.yaml': podYaml('cp-tool', 'busybox:1.36', { spec: '  nodeName: controlplane\n', container: sleep }) } }],
    wrongAttempts: [
      { commands: ['kubectl apply -f cp-tool.yaml'], files: { 'cp-tool.yaml': podYaml('cp-tool', 'busybox:1.36', { spec: controlPlaneSelector, container: sleep }) }, expect: /node is not set/ },
      { commands: ['kubectl apply -f cp-tool.yaml'], files: { 'cp-tool.yaml': podYaml('cp-tool', 'busybox:1.36', { spec: controlPlaneToleration, container: sleep }) }, expect: /node is `node0[12]`/ },
    ],
  },
  {
    id: 'fit-cpu-request',
    note,
    level: 2,
    title: { ko: '어느 노드에도 맞지 않는 요청', en: 'A request no node can fit' },
    statement: {
      ko: '파드 `big-pod`(이미지 `nginx`)가 `Pending`이다. CPU 요청을 `1`로 바꿔 다시 만들어 파드가 `Running`이 되게 한다. 이름과 이미지는 그대로다.',
      en: 'Pod `big-pod` (image `nginx`) is `Pending`. Recreate it with a CPU request of `1` so that it is `Running`. Keep its name and image.',
    },
    start: { commands: ['kubectl apply -f big-pod.yaml'], files: { 'big-pod.yaml': podYaml('big-pod', 'nginx', { container: cpuRequest('10') }) } },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'big-pod');
        if (!pod) return j.findings;
        j.field(pod, 'pods', { ko: '이미지', en: 'image' }, podContainers(pod)[0]?.image, 'nginx');
        const cpu = cpuOf(pod);
        if (j.field(pod, 'pods', { ko: 'CPU 요청', en: 'CPU request' }, cpu === '1000m' ? '1' : cpu, '1')) {
          j.field(pod, 'pods', { ko: '단계(phase)', en: 'phase' }, (pod.status as { phase?: string } | undefined)?.phase, 'Running');
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl describe pod big-pod`의 `FailedScheduling` 이벤트가 이유를 말한다.', en: 'The `FailedScheduling` event in `kubectl describe pod big-pod` says why.' },
      { ko: '파드의 리소스 요청은 만든 뒤에 바꿀 수 없다. `kubectl get pod big-pod -o yaml > big-pod.yaml`로 저장해 고치고 다시 만든다.', en: 'A Pod’s resource requests cannot change after creation: save it with `kubectl get pod big-pod -o yaml > big-pod.yaml`, edit and recreate.' },
      { ko: '`kubectl replace --force -f big-pod.yaml`은 지우고 다시 만드는 일을 한 번에 한다.', en: '`kubectl replace --force -f big-pod.yaml` deletes and recreates in one step.' },
    ],
    solution: { commands: ['kubectl replace --force -f big-pod.yaml'], files: { 'big-pod.yaml': podYaml('big-pod', 'nginx', { container: cpuRequest('1') }) } },
    alternatives: [{ commands: ['kubectl delete pod big-pod --now', 'kubectl apply -f big-pod.yaml'], files: { 'big-pod.yaml': podYaml('big-pod', 'nginx', { container: cpuRequest('1000m') }) } }],
    wrongAttempts: [
      { commands: ['kubectl replace --force -f big-pod.yaml'], files: { 'big-pod.yaml': podYaml('big-pod', 'nginx', { container: cpuRequest('5') }) }, expect: /CPU request is `5`/ },
      { commands: ['kubectl delete pod big-pod --now'], expect: /no pod `big-pod`/ },
    ],
  },
  {
    id: 'insufficient-cpu-count',
    note,
    level: 2,
    title: { ko: 'CPU가 모자란 노드 세기', en: 'Count the nodes short of CPU' },
    statement: {
      ko: '파드 `huge`가 `Pending`이다. 스케줄러의 `FailedScheduling` 메시지에 따르면 CPU가 모자라(`Insufficient cpu`) 탈락한 노드는 몇 개인가? 숫자로 답한다.',
      en: 'Pod `huge` is `Pending`. According to the scheduler’s `FailedScheduling` message, how many nodes were filtered out for `Insufficient cpu`? Answer with a number.',
    },
    start: { cluster: { nodes: fourNodes }, commands: ['kubectl apply -f huge.yaml'], files: { 'huge.yaml': podYaml('huge', 'nginx', { container: cpuRequest('10') }) } },
    check: {
      kind: 'answer',
      prompt: { ko: '노드 개수', en: 'Number of nodes' },
      expected: (c) => String(c.schedulingResult('default', 'huge')?.nodes.filter((n) => n.reasons.some((r) => r.includes('Insufficient cpu'))).length ?? ''),
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl describe pod huge`의 Events를 본다.', en: 'Look at the Events of `kubectl describe pod huge`.' },
      { ko: '메시지는 이유마다 노드 수를 센다. 컨트롤 플레인 노드는 테인트 때문에 따로 세어진다.', en: 'The message counts nodes per reason; the control plane node is counted under its taint.' },
    ],
    solution: { commands: ['kubectl describe pod huge | grep FailedScheduling'], answer: '3' },
    wrongAttempts: [
      { answer: '4', expect: /`4`/ },
      { answer: '1', expect: /`1`/ },
    ],
  },
  {
    id: 'missing-scheduler',
    note,
    level: 2,
    title: { ko: '없는 스케줄러를 기다리는 파드', en: 'A Pod waiting for a scheduler that does not exist' },
    statement: {
      ko: '파드 `orphan`(이미지 `nginx:1.27`)은 `schedulerName: my-scheduler`로 만들어져 `Pending`이다. 이 클러스터에는 그런 스케줄러가 없다. `orphan`을 기본 스케줄러(`default-scheduler`)가 배치하도록 다시 만든다.',
      en: 'Pod `orphan` (image `nginx:1.27`) was created with `schedulerName: my-scheduler` and is `Pending`: this cluster runs no such scheduler. Recreate `orphan` so that the default scheduler (`default-scheduler`) places it.',
    },
    start: { commands: ['kubectl apply -f orphan.yaml'], files: { 'orphan.yaml': podYaml('orphan', 'nginx:1.27', { spec: '  schedulerName: my-scheduler\n' }) } },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'orphan');
        if (!pod) return j.findings;
        j.field(pod, 'pods', { ko: '이미지', en: 'image' }, podContainers(pod)[0]?.image, 'nginx:1.27');
        if (j.field(pod, 'pods', { ko: '`schedulerName` 필드', en: 'schedulerName' }, podSpecField(pod, 'schedulerName'), 'default-scheduler')) {
          j.field(pod, 'pods', { ko: '단계(phase)', en: 'phase' }, (pod.status as { phase?: string } | undefined)?.phase, 'Running');
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '스케줄러는 자기 이름이 `schedulerName`에 적힌 파드만 배치한다.', en: 'A scheduler places only the Pods whose `schedulerName` names it.' },
      { ko: '`schedulerName`은 만든 뒤에 바꿀 수 없다. 지우고 다시 만든다. 필드를 빼면 기본값 `default-scheduler`가 된다.', en: '`schedulerName` cannot change after creation: delete and recreate. Leaving the field out gives the default, `default-scheduler`.' },
    ],
    solution: { commands: ['kubectl delete pod orphan --now', 'kubectl run orphan --image=nginx:1.27'] },
    alternatives: [{ commands: ['kubectl replace --force -f orphan.yaml'], files: { 'orphan.yaml': podYaml('orphan', 'nginx:1.27', { spec: '  schedulerName: default-scheduler\n' }) } }],
    wrongAttempts: [
      { commands: ['kubectl run orphan2 --image=nginx:1.27'], expect: /schedulerName is `my-scheduler`/ },
      { commands: ['kubectl delete pod orphan --now'], expect: /no pod `orphan`/ },
    ],
  },
];
