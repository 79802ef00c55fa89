// Lab tasks for the kube-apiserver note: where it runs, its options (etcd servers, port,
// authorization), and a request the API server rejects at validation.
import type { LabTask } from '../types.ts';
import { Judge, containerFlag, controlPlanePod, parseJson, podContainers, sessionFile } from '../judge.ts';

const note = 'kube-apiserver';

const apiserverFlag = (flag: string) => (c: Parameters<typeof controlPlanePod>[0]) => containerFlag(controlPlanePod(c, 'kube-apiserver'), flag) ?? '';

const apiPodYaml = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
    app: api
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
`;

const POD_JSON = '/opt/web-pod.json';

/** What a saved API answer is: its kind and name, or undefined when the file is not JSON. */
function savedObject(text: string): { kind?: string; name?: string; namespace?: string } | undefined {
  const obj = parseJson(text) as { kind?: string; metadata?: { name?: string; namespace?: string } } | undefined;
  return obj && typeof obj === 'object' ? { kind: obj.kind, name: obj.metadata?.name, namespace: obj.metadata?.namespace } : undefined;
}

export const kubeApiserverTasks: LabTask[] = [
  {
    id: 'apiserver-pod',
    note,
    level: 1,
    title: { ko: 'API 서버 파드 찾기', en: 'Find the API server’s Pod' },
    statement: {
      ko: '이 kubeadm 클러스터에서 kube-apiserver는 스태틱 파드로 실행된다. 그 파드의 이름을 답한다.',
      en: 'On this kubeadm cluster kube-apiserver runs as a static Pod. Answer with that Pod’s name.',
    },
    start: { cluster: { nodes: [{ name: 'k8s-master', controlPlane: true }, { name: 'node01' }] } },
    check: {
      kind: 'answer',
      prompt: { ko: '파드 이름', en: 'Pod name' },
      expected: (c) => controlPlanePod(c, 'kube-apiserver')?.metadata.name ?? '',
    },
    hints: [
      { ko: '컨트롤 플레인 파드는 `kube-system` 네임스페이스에 있다.', en: 'The control plane Pods live in the `kube-system` namespace.' },
      { ko: '스태틱 파드의 이름은 컴포넌트 이름 뒤에 노드 이름이 붙는다.', en: 'A static Pod’s name is the component’s name followed by the node’s name.' },
    ],
    solution: { commands: ['kubectl get pods -n kube-system'], answer: 'kube-apiserver-k8s-master' },
    alternatives: [{ commands: ['kubectl get pods -n kube-system -l component=kube-apiserver -o name'], answer: 'kube-apiserver-k8s-master' }],
    wrongAttempts: [
      { answer: 'kube-apiserver', expect: /`kube-apiserver`/ },
      { answer: 'kube-apiserver-controlplane', expect: /controlplane/ },
    ],
  },
  {
    id: 'etcd-servers',
    note,
    level: 1,
    title: { ko: 'API 서버가 쓰는 etcd 주소', en: 'The etcd addresses the API server uses' },
    statement: {
      ko: '이 클러스터의 etcd는 컨트롤 플레인 밖의 멤버 세 개로 이루어져 있다. kube-apiserver의 `--etcd-servers` 옵션 값을 답한다(주소를 쉼표로 구분).',
      en: 'This cluster’s etcd is three members outside the control plane node. Answer with the value of kube-apiserver’s `--etcd-servers` option (addresses separated by commas).',
    },
    start: { cluster: { etcdMembers: 3 } },
    check: {
      kind: 'answer',
      prompt: { ko: '`--etcd-servers` 값', en: 'Value of `--etcd-servers`' },
      expected: apiserverFlag('etcd-servers'),
      compare: 'set',
    },
    hints: [
      { ko: 'kubeadm에서는 `/etc/kubernetes/manifests/kube-apiserver.yaml`에 옵션이 있다. 클러스터에서는 API 서버 파드의 Command에 보인다.', en: 'On kubeadm the options are in `/etc/kubernetes/manifests/kube-apiserver.yaml`; from the cluster, the API server Pod’s Command shows them.' },
      { ko: '`grep`으로 줄을 고른다: `kubectl describe pod kube-apiserver-controlplane -n kube-system | grep etcd-servers`.', en: 'Pick the line with `grep`: `kubectl describe pod kube-apiserver-controlplane -n kube-system | grep etcd-servers`.' },
    ],
    solution: {
      commands: ['kubectl describe pod kube-apiserver-controlplane -n kube-system | grep etcd-servers'],
      answer: 'https://192.168.1.21:2379,https://192.168.1.22:2379,https://192.168.1.23:2379',
    },
    wrongAttempts: [
      { answer: 'https://127.0.0.1:2379', expect: /127\.0\.0\.1/ },
      { answer: 'https://192.168.1.21:2379,https://192.168.1.22:2379', expect: /does not match/ },
    ],
  },
  {
    id: 'secure-port',
    note,
    level: 1,
    title: { ko: 'API 서버의 보안 포트', en: 'The API server’s secure port' },
    statement: {
      ko: 'kube-apiserver는 어느 포트에서 HTTPS 요청을 받는가? 포트 번호로 답한다.',
      en: 'On which port does kube-apiserver serve HTTPS? Answer with the port number.',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: '포트 번호', en: 'Port number' },
      expected: apiserverFlag('secure-port'),
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl cluster-info`가 API 서버의 주소를 보여 준다.', en: '`kubectl cluster-info` shows the API server’s address.' },
      { ko: '옵션 이름은 `--secure-port`다.', en: 'The option is `--secure-port`.' },
    ],
    solution: { commands: ['kubectl cluster-info'], answer: '6443' },
    alternatives: [{ commands: ['kubectl describe pod kube-apiserver-controlplane -n kube-system | grep secure-port'], answer: '6443' }],
    wrongAttempts: [
      { answer: '8080', expect: /`8080`/ },
      { answer: '2379', expect: /`2379`/ },
    ],
  },
  {
    id: 'authorization-mode',
    note,
    level: 1,
    title: { ko: '인가 모드', en: 'Authorization modes' },
    statement: {
      ko: 'kube-apiserver는 인증을 통과한 요청을 어떤 인가 모드로 검사하는가? `--authorization-mode` 옵션 값을 그대로 답한다.',
      en: 'Which authorization modes does kube-apiserver check authenticated requests with? Answer with the value of its `--authorization-mode` option as written.',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: '`--authorization-mode` 값', en: 'Value of `--authorization-mode`' },
      expected: apiserverFlag('authorization-mode'),
      compare: 'exact',
    },
    hints: [
      { ko: 'API 서버 파드의 Command에 옵션이 모두 있다.', en: 'The API server Pod’s Command lists every option.' },
      { ko: '순서도 지킨다. 모드는 적힌 순서대로 검사된다.', en: 'Keep the order: the modes are consulted in the order written.' },
    ],
    solution: { commands: ['kubectl describe pod kube-apiserver-controlplane -n kube-system | grep authorization-mode'], answer: 'Node,RBAC' },
    wrongAttempts: [
      { answer: 'RBAC', expect: /`RBAC`/ },
      { answer: 'RBAC,Node', expect: /`RBAC,Node`/ },
    ],
  },
  {
    id: 'fix-rejected-manifest',
    note,
    level: 2,
    title: { ko: 'API 서버가 거부한 매니페스트', en: 'A manifest the API server rejects' },
    statement: {
      ko: '`kubectl apply -f api-pod.yaml`이 실패한다. API 서버가 검증 단계에서 요청을 거부하기 때문이다. 파일을 고쳐 `default` 네임스페이스에 파드 `api-pod`(이미지 `nginx:1.27`, 컨테이너 포트 `80`)를 만든다.',
      en: '`kubectl apply -f api-pod.yaml` fails: the API server rejects the request at validation. Fix the file and create Pod `api-pod` (image `nginx:1.27`, container port `80`) in the `default` namespace.',
    },
    start: { commands: ['cat original.yaml > api-pod.yaml'], files: { 'original.yaml': apiPodYaml('api_pod') } },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'api-pod');
        if (!pod) return j.findings;
        const container = podContainers(pod)[0];
        j.field(pod, 'pods', { ko: '이미지', en: 'image' }, container?.image, 'nginx:1.27');
        j.field(pod, 'pods', { ko: '컨테이너 포트', en: 'container port' }, container?.ports?.map((p) => p.containerPort), [80]);
        return j.findings;
      },
    },
    hints: [
      { ko: '오류 메시지의 `metadata.name` 부분을 읽는다.', en: 'Read the `metadata.name` part of the error.' },
      { ko: '오브젝트 이름에는 소문자, 숫자, `-`, `.`만 쓸 수 있다. 밑줄은 안 된다.', en: 'Object names take lower-case letters, digits, `-` and `.`; no underscores.' },
    ],
    solution: { commands: ['kubectl apply -f api-pod.yaml'], files: { 'api-pod.yaml': apiPodYaml('api-pod') } },
    alternatives: [{ commands: ['kubectl run api-pod --image=nginx:1.27 --port=80'] }],
    wrongAttempts: [
      { commands: ['kubectl apply -f api-pod.yaml'], expect: /no pod `api-pod`/ },
      { commands: ['kubectl apply -f api-pod.yaml'], files: { 'api-pod.yaml': apiPodYaml('apipod') }, expect: /no pod `api-pod`/ },
      { commands: ['kubectl run api-pod --image=nginx:1.27'], expect: /container port is not set/ },
    ],
  },
  {
    id: 'rest-api',
    note,
    level: 2,
    title: { ko: 'REST API로 파드 읽기', en: 'Read a Pod through the REST API' },
    statement: {
      ko: '`kubectl proxy`를 백그라운드로 띄우고 `curl`로 API 서버의 REST API에서 `team-a` 네임스페이스의 파드 `web`을 읽는다. API 서버가 돌려준 JSON을 `/opt/web-pod.json`에 저장한다.',
      en: 'Start `kubectl proxy` in the background and use `curl` to read Pod `web` of namespace `team-a` from the API server’s REST API. Save the JSON the API server returns to `/opt/web-pod.json`.',
    },
    start: { commands: ['kubectl create namespace team-a', 'kubectl run web --image=nginx:1.27 -n team-a'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const file = sessionFile(c, POD_JSON);
        const saved = file === undefined ? undefined : savedObject(file);
        if (file === undefined) j.fail(`\`${POD_JSON}\` 파일이 없다.`, `There is no file \`${POD_JSON}\`.`);
        else if (!saved) j.fail(`\`${POD_JSON}\` 파일은 JSON이 아니다.`, `The file \`${POD_JSON}\` is not JSON.`);
        else if (saved.kind !== 'Pod' || saved.name !== 'web' || saved.namespace !== 'team-a') {
          j.fail(`\`${POD_JSON}\` 파일에 든 것은 \`team-a\` 네임스페이스의 \`web\` 파드가 아니다(kind: \`${saved.kind ?? '-'}\`).`,
            `The file \`${POD_JSON}\` does not hold pod \`web\` of namespace \`team-a\` (kind: \`${saved.kind ?? '-'}\`).`);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl proxy &`는 kubectl의 인증서로 API 서버에 붙는 프록시를 `localhost:8001`에 띄운다.', en: '`kubectl proxy &` serves a proxy on `localhost:8001` that reaches the API server with kubectl’s credentials.' },
      { ko: '파드의 경로는 `/api/v1/namespaces/<네임스페이스>/pods/<이름>`이다.', en: 'A Pod’s path is `/api/v1/namespaces/<namespace>/pods/<name>`.' },
      { ko: '응답은 리다이렉션으로 파일에 저장한다: `curl -s <URL> > /opt/web-pod.json`.', en: 'Save the answer with a redirection: `curl -s <URL> > /opt/web-pod.json`.' },
    ],
    solution: { commands: ['kubectl proxy &', `curl -s http://localhost:8001/api/v1/namespaces/team-a/pods/web > ${POD_JSON}`] },
    alternatives: [{ commands: [`kubectl get --raw /api/v1/namespaces/team-a/pods/web > ${POD_JSON}`] }],
    wrongAttempts: [
      { commands: [`kubectl get pod web -n team-a > ${POD_JSON}`], expect: /is not JSON/ },
      { commands: ['kubectl proxy &', `curl -s http://localhost:8001/api/v1/namespaces/default/pods/web > ${POD_JSON}`], expect: /kind: `Status`/ },
      { commands: ['kubectl proxy &', 'curl -s http://localhost:8001/api/v1/namespaces/team-a/pods/web > /opt/pod.json'], expect: /no file/ },
    ],
  },
  {
    id: 'scheduled-by',
    note,
    level: 2,
    title: { ko: '배치를 결정한 컴포넌트', en: 'Who decided the node' },
    statement: {
      ko: '`demo` 네임스페이스의 파드 `api-demo`가 노드에 배정되었다. 파드의 이벤트에서 이 결정을 내린 컴포넌트를 찾아, `kubectl describe`의 From 열에 보이는 이름으로 답한다.',
      en: 'Pod `api-demo` in namespace `demo` was assigned to a node. From the Pod’s events, find the component that made this decision, and answer with its name as the From column of `kubectl describe` shows it.',
    },
    start: { commands: ['kubectl create namespace demo', 'kubectl run api-demo --image=nginx -n demo'] },
    check: {
      kind: 'answer',
      prompt: { ko: '컴포넌트 이름', en: 'Component name' },
      expected: (c) => {
        const scheduled = c.listObjects('events', 'demo').find((e) => {
          const ev = e as unknown as { reason?: string; involvedObject?: { name?: string } };
          return ev.reason === 'Scheduled' && ev.involvedObject?.name === 'api-demo';
        }) as unknown as { source?: { component?: string }; reportingComponent?: string } | undefined;
        return scheduled?.source?.component ?? scheduled?.reportingComponent ?? '';
      },
    },
    hints: [
      { ko: '`kubectl describe pod api-demo -n demo`의 Events에서 Reason이 `Scheduled`인 줄을 본다.', en: 'In the Events of `kubectl describe pod api-demo -n demo`, look at the line whose Reason is `Scheduled`.' },
      { ko: '결정은 스케줄러가 내리지만, 그 결정(바인딩)을 etcd에 쓰는 것은 API 서버다.', en: 'The scheduler makes the decision; the API server is what writes the binding to etcd.' },
    ],
    solution: { commands: ['kubectl describe pod api-demo -n demo'], answer: 'default-scheduler' },
    alternatives: [{ commands: ['kubectl get events -n demo'], answer: 'default-scheduler' }],
    wrongAttempts: [
      { answer: 'kube-apiserver', expect: /`kube-apiserver`/ },
      { answer: 'kubelet', expect: /`kubelet`/ },
    ],
  },
];
