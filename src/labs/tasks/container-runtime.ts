// Lab tasks for the container-runtime note: what runtime a node runs, how the kubelet reaches it,
// images the runtime pulls, and containers sharing one pod sandbox.
import type { LabTask } from '../types.ts';
import { Judge, nodeInfo, podContainers, readyText, templateContainers, specReplicas } from '../judge.ts';

const note = 'container-runtime';
const image = { ko: '이미지', en: 'image' };

const shopYaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  namespace: store
spec:
  replicas: 2
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
      - name: ngnix
        image: nginx:1.27
`;

const sidecarYaml = `apiVersion: v1
kind: Pod
metadata:
  name: sidecar
spec:
  containers:
  - name: app
    image: nginx:1.27
  - name: log
    image: busybox:1.36
    command: ["sleep", "3600"]
`;

export const containerRuntimeTasks: LabTask[] = [
  {
    id: 'runtime-version',
    note,
    level: 1,
    title: { ko: '노드의 컨테이너 런타임', en: 'A node’s container runtime' },
    statement: {
      ko: '`node01`은 어떤 컨테이너 런타임의 어느 버전을 쓰는가? `kubectl`이 보여 주는 형식(`<런타임>://<버전>`)으로 답한다.',
      en: 'Which container runtime, and which version, does `node01` use? Answer in the form kubectl shows (`<runtime>://<version>`).',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: '런타임과 버전', en: 'Runtime and version' },
      expected: (c) => nodeInfo(c.getObject('nodes', undefined, 'node01')).containerRuntimeVersion ?? '',
    },
    hints: [
      { ko: '`kubectl get nodes -o wide`의 CONTAINER-RUNTIME 열을 본다.', en: 'Look at the CONTAINER-RUNTIME column of `kubectl get nodes -o wide`.' },
      { ko: '`kubectl describe node node01`의 System Info에도 Container Runtime Version이 있다.', en: 'System Info in `kubectl describe node node01` has Container Runtime Version too.' },
    ],
    solution: { commands: ['kubectl get node node01 -o wide'], answer: 'containerd://1.7.27' },
    alternatives: [{ commands: ["kubectl get node node01 -o jsonpath='{.status.nodeInfo.containerRuntimeVersion}'"], answer: 'containerd://1.7.27' }],
    wrongAttempts: [
      { answer: 'containerd', expect: /`containerd`/ },
      { answer: 'docker://1.7.27', expect: /docker/ },
    ],
  },
  {
    id: 'cri-socket',
    note,
    level: 1,
    title: { ko: 'kubelet이 쓰는 CRI 소켓', en: 'The CRI socket of a node' },
    statement: {
      ko: 'kubeadm은 노드를 등록할 때 kubelet이 쓰는 CRI 소켓을 노드의 어노테이션으로 남긴다. `node02`의 CRI 소켓 주소를 답한다.',
      en: 'When kubeadm joins a node it records the CRI socket the kubelet uses in an annotation on the Node. Answer with the CRI socket address of `node02`.',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: 'CRI 소켓 주소', en: 'CRI socket address' },
      expected: (c) => c.getObject('nodes', undefined, 'node02')?.metadata.annotations?.['kubeadm.alpha.kubernetes.io/cri-socket'] ?? '',
      compare: 'exact',
    },
    hints: [
      { ko: '`kubectl describe node node02`의 Annotations를 본다.', en: 'Look at the Annotations of `kubectl describe node node02`.' },
      { ko: '어노테이션 이름은 `kubeadm.alpha.kubernetes.io/cri-socket`이다.', en: 'The annotation is `kubeadm.alpha.kubernetes.io/cri-socket`.' },
    ],
    solution: { commands: ['kubectl describe node node02'], answer: 'unix:///var/run/containerd/containerd.sock' },
    wrongAttempts: [
      { answer: 'unix:///var/run/crio/crio.sock', expect: /crio/ },
      { answer: 'unix:///var/run/dockershim.sock', expect: /dockershim/ },
    ],
  },
  {
    id: 'fix-deployment-image',
    note,
    level: 2,
    title: { ko: '이미지를 받지 못하는 디플로이먼트', en: 'A Deployment whose image cannot be pulled' },
    statement: {
      ko: '`store` 네임스페이스의 디플로이먼트 `shop`의 파드가 `ImagePullBackOff` 상태다. 컨테이너 런타임이 이미지 `ngnix:1.27`을 받지 못하기 때문이다. 이미지를 `nginx:1.27`로 고쳐 레플리카 2개가 모두 `Running`이 되게 한다.',
      en: 'The Pods of Deployment `shop` in namespace `store` are in `ImagePullBackOff`: the container runtime cannot pull the image `ngnix:1.27`. Fix the image to `nginx:1.27` so that both replicas are `Running`.',
    },
    start: { commands: ['kubectl create namespace store', 'kubectl create deployment shop --image=ngnix:1.27 --replicas=2 -n store'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const deploy = j.get('deployments', 'shop', 'store');
        if (!deploy) return j.findings;
        const imageOk = j.field(deploy, 'deployments', image, templateContainers(deploy)[0]?.image, 'nginx:1.27');
        const replicasOk = j.field(deploy, 'deployments', { ko: '레플리카 수', en: 'replica count' }, specReplicas(deploy), 2);
        if (imageOk && replicasOk) {
          const running = j.pods('store', { app: 'shop' }).filter((p) => podContainers(p)[0]?.image === 'nginx:1.27' && readyText(p) === '1/1');
          j.count({ ko: '이미지가 `nginx:1.27`이고 준비된 `shop` 파드', en: 'ready `shop` Pods running `nginx:1.27`' }, running.length, 2);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl describe pod -n store`의 Events에 런타임이 이미지를 받지 못한 이유가 있다.', en: 'The Events of `kubectl describe pod -n store` say why the runtime could not pull the image.' },
      { ko: '디플로이먼트의 파드 템플릿을 고치면 새 레플리카셋이 파드를 바꾼다: `kubectl set image`.', en: 'Fixing the Deployment’s Pod template makes a new ReplicaSet replace the Pods: `kubectl set image`.' },
      { ko: '컨테이너 이름은 잘못된 이미지 이름에서 왔다: `ngnix`.', en: 'The container’s name came from the misspelt image: `ngnix`.' },
    ],
    solution: { commands: ['kubectl set image deployment/shop ngnix=nginx:1.27 -n store'] },
    alternatives: [{ commands: ['kubectl apply -f shop.yaml'], files: { 'shop.yaml': shopYaml } }],
    wrongAttempts: [
      { commands: ['kubectl set image deployment/shop ngnix=nginx:1.27'], expect: /ngnix:1\.27/ },
      { commands: ['kubectl set image deployment/shop ngnix=nginx:1.72 -n store'], expect: /nginx:1\.72/ },
      { commands: ['kubectl set image deployment/shop ngnix=nginx:1.27 -n store', 'kubectl scale deployment shop --replicas=3 -n store'], expect: /replica count is `3`/ },
    ],
  },
  {
    id: 'sidecar',
    note,
    level: 3,
    title: { ko: '컨테이너 두 개가 있는 파드', en: 'A Pod with two containers' },
    statement: {
      ko: '`default` 네임스페이스에 파드 `sidecar`를 만든다. 컨테이너는 두 개다. `app`은 이미지 `nginx:1.27`, `log`는 이미지 `busybox:1.36`으로 명령 `sleep 3600`을 실행한다. 두 컨테이너가 모두 준비(READY `2/2`)되어야 한다.',
      en: 'Create Pod `sidecar` in the `default` namespace with two containers: `app` with the image `nginx:1.27`, and `log` with the image `busybox:1.36` running the command `sleep 3600`. Both containers must be ready (READY `2/2`).',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'sidecar');
        if (!pod) return j.findings;
        const containers = podContainers(pod);
        j.field(pod, 'pods', { ko: '컨테이너 이름 목록', en: 'list of container names' }, containers.map((x) => x.name).sort(), ['app', 'log']);
        const app = containers.find((x) => x.name === 'app');
        const log = containers.find((x) => x.name === 'log');
        if (app) j.field(pod, 'pods', { ko: '`app` 컨테이너의 이미지', en: 'image in container `app`' }, app.image, 'nginx:1.27');
        if (log) j.field(pod, 'pods', { ko: '`log` 컨테이너의 이미지', en: 'image in container `log`' }, log.image, 'busybox:1.36');
        if (j.findings.length === 0) j.field(pod, 'pods', { ko: 'READY 값', en: 'READY value' }, readyText(pod), '2/2');
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl run`은 컨테이너를 하나만 만든다. YAML로 쓴다: `kubectl run sidecar --image=nginx:1.27 --dry-run=client -o yaml > sidecar.yaml`.', en: '`kubectl run` makes one container only; write YAML: `kubectl run sidecar --image=nginx:1.27 --dry-run=client -o yaml > sidecar.yaml`.' },
      { ko: '`containers` 목록에 항목을 하나 더 넣는다. 같은 파드의 컨테이너는 샌드박스(pause 컨테이너)를 함께 쓴다.', en: 'Add a second entry to the `containers` list; containers of one Pod share its sandbox (the pause container).' },
      { ko: '`busybox`는 할 일이 없으면 바로 끝난다. `command: ["sleep", "3600"]`을 준다.', en: '`busybox` exits at once when it has nothing to do: give it `command: ["sleep", "3600"]`.' },
    ],
    solution: { commands: ['kubectl apply -f sidecar.yaml'], files: { 'sidecar.yaml': sidecarYaml } },
    wrongAttempts: [
      { commands: ['kubectl run sidecar --image=nginx:1.27'], expect: /list of container names is `\["sidecar"\]`/ },
      { commands: ['kubectl apply -f sidecar.yaml'], files: { 'sidecar.yaml': sidecarYaml.replace('    command: ["sleep", "3600"]\n', '') }, expect: /READY value is `1\/2`/ },
      { commands: ['kubectl apply -f sidecar.yaml'], files: { 'sidecar.yaml': sidecarYaml.replace('busybox:1.36', 'busybox:latest') }, expect: /image in container `log` is `busybox:latest`/ },
    ],
  },
  {
    id: 'pull-policy',
    note,
    level: 2,
    title: { ko: '이미지 풀 정책', en: 'Image pull policy' },
    statement: {
      ko: '이미지 `nginx:latest`로 파드 `offline`을 만든다. 노드에 이미지가 이미 있으면 컨테이너 런타임이 다시 받지 않도록 이미지 풀 정책을 `IfNotPresent`로 한다.',
      en: 'Create Pod `offline` with the image `nginx:latest`. Set its image pull policy to `IfNotPresent`, so that the container runtime does not pull the image again when the node already has it.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'offline');
        if (!pod) return j.findings;
        const container = podContainers(pod)[0] as { image?: string; imagePullPolicy?: string } | undefined;
        j.field(pod, 'pods', image, container?.image, 'nginx:latest');
        j.field(pod, 'pods', { ko: '이미지 풀 정책', en: 'image pull policy' }, container?.imagePullPolicy, 'IfNotPresent');
        return j.findings;
      },
    },
    hints: [
      { ko: '태그가 `latest`이거나 없으면 기본 정책은 `Always`다.', en: 'With the tag `latest` (or no tag) the default policy is `Always`.' },
      { ko: '`kubectl run`에는 `--image-pull-policy` 플래그가 있다.', en: '`kubectl run` has an `--image-pull-policy` flag.' },
    ],
    solution: { commands: ['kubectl run offline --image=nginx:latest --image-pull-policy=IfNotPresent'] },
    alternatives: [{
      commands: ['kubectl apply -f offline.yaml'],
      files: { 'offline.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: offline\nspec:\n  containers:\n  - name: offline\n    image: nginx:latest\n    imagePullPolicy: IfNotPresent\n' },
    }],
    wrongAttempts: [
      { commands: ['kubectl run offline --image=nginx:latest'], expect: /image pull policy is `Always`/ },
      { commands: ['kubectl run offline --image=nginx --image-pull-policy=IfNotPresent'], expect: /image is `nginx`/ },
    ],
  },
];
