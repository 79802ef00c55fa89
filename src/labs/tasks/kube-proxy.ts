// Lab tasks for the kube-proxy note.
import type { Cluster } from '../../sim/index.ts';
import type { LabTask } from '../types.ts';
import { Judge } from '../judge.ts';
import { checkEndpointCount, checkPodImage, endpointIPs, podsMatching } from '../judge-workloads.ts';

const note = 'kube-proxy';

const helloStart = ['kubectl run hello --image=nginx --labels=app=hello', 'kubectl expose pod hello --port=80'];

/** kube-proxy's mode from its ConfigMap; an empty mode means the Linux default, iptables. */
function proxyMode(c: Cluster): string {
  const cm = c.getObject('configmaps', 'kube-system', 'kube-proxy') as { data?: Record<string, string> } | undefined;
  const mode = /^mode:\s*"?([a-z]*)"?\s*$/m.exec(cm?.data?.['config.conf'] ?? '')?.[1];
  return mode || 'iptables';
}

export const kubeProxyTasks: LabTask[] = [
  {
    id: 'count-kube-proxy',
    note,
    level: 1,
    title: { ko: 'kube-proxy 파드 세기', en: 'Count the kube-proxy Pods' },
    statement: {
      ko: '이 클러스터에는 kube-proxy 파드가 몇 개 있는가? 숫자로 답한다.',
      en: 'How many kube-proxy Pods does this cluster have? Answer with a number.',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: 'kube-proxy 파드 수', en: 'Number of kube-proxy Pods' },
      expected: (c) => String(podsMatching(c, 'kube-system', { 'k8s-app': 'kube-proxy' }).length),
      compare: 'number',
    },
    hints: [
      { ko: 'kube-proxy는 `kube-system` 네임스페이스의 데몬셋(DaemonSet)이다.', en: 'kube-proxy is a DaemonSet in the `kube-system` namespace.' },
      { ko: '데몬셋은 노드마다 파드 하나를 둔다. 컨트롤 플레인 노드도 포함이다.', en: 'A DaemonSet runs one Pod per node, the control plane node included.' },
    ],
    solution: { commands: ['kubectl get daemonset kube-proxy -n kube-system', 'kubectl get nodes'], answer: '3' },
    wrongAttempts: [
      { answer: '2', expect: /`2` does not match/ },
      { answer: '1', expect: /`1` does not match/ },
    ],
  },
  {
    id: 'proxy-mode',
    note,
    level: 1,
    title: { ko: 'kube-proxy의 모드', en: 'kube-proxy’s mode' },
    statement: {
      ko: '이 클러스터의 kube-proxy는 어떤 모드로 동작하는가? 모드 이름을 답한다.',
      en: 'In which mode does kube-proxy run in this cluster? Answer with the mode’s name.',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: '모드', en: 'Mode' },
      expected: proxyMode,
    },
    hints: [
      { ko: '`kube-system` 네임스페이스의 컨피그맵(ConfigMap) `kube-proxy`에 `mode` 필드가 있다.', en: 'The ConfigMap `kube-proxy` in `kube-system` has a `mode` field.' },
      { ko: '`mode`가 빈 문자열이면 플랫폼의 기본값이다. 리눅스에서는 무엇인가?', en: 'An empty `mode` means the platform default. What is it on Linux?' },
    ],
    solution: { commands: ['kubectl get configmap kube-proxy -n kube-system -o yaml'], answer: 'iptables' },
    wrongAttempts: [
      { answer: 'ipvs', expect: /`ipvs` does not match/ },
      { answer: 'userspace', expect: /`userspace` does not match/ },
    ],
  },
  {
    id: 'more-backends',
    note,
    level: 2,
    title: { ko: '서비스 뒤에 파드 더하기', en: 'Add Pods behind a Service' },
    statement: {
      ko: '서비스 `hello`는 레이블 `app=hello`인 파드 `hello` 하나로 트래픽을 보낸다. 이미지 `nginx`로 파드 `hello2`와 `hello3`을 더 만들어, kube-proxy가 `hello`로 온 요청을 파드 3개에 나누게 한다.',
      en: 'The Service `hello` sends traffic to one Pod, `hello`, labelled `app=hello`. Create the Pods `hello2` and `hello3` with the image `nginx` so that kube-proxy spreads the requests to `hello` over 3 Pods.',
    },
    start: { commands: helloStart },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        for (const name of ['hello2', 'hello3']) {
          const pod = j.get('pods', name, 'default');
          if (pod) {
            checkPodImage(j, pod, 'nginx');
            j.labels(pod, 'pods', { app: 'hello' });
          }
        }
        const svc = j.get('services', 'hello', 'default');
        if (svc) checkEndpointCount(j, svc, 3);
        return j.findings;
      },
    },
    hints: [
      { ko: '서비스는 셀렉터에 맞는 준비된 파드를 모두 엔드포인트로 삼는다. 서비스는 고칠 필요가 없다.', en: 'A Service takes every ready Pod matching its selector as an endpoint: the Service needs no change.' },
      { ko: '`kubectl run`의 `--labels` 플래그로 레이블을 붙인다.', en: 'Label the Pods with the `--labels` flag of `kubectl run`.' },
    ],
    solution: { commands: ['kubectl run hello2 --image=nginx --labels=app=hello', 'kubectl run hello3 --image=nginx --labels=app=hello', 'kubectl get endpoints hello'] },
    wrongAttempts: [
      { commands: ['kubectl run hello2 --image=nginx --labels=app=hello', 'kubectl run hello3 --image=nginx --labels=app=helo'], expect: /label app is `helo`/ },
      { commands: ['kubectl run hello2 --image=nginx --labels=app=hello'], expect: /no pod `hello3`/ },
      { commands: ['kubectl run hello2 --image=nginx', 'kubectl run hello3 --image=nginx'], expect: /number of ready endpoints is `1`; the task asks for `3`/ },
    ],
  },
  {
    id: 'first-probability',
    note,
    level: 2,
    title: { ko: 'KUBE-SVC 체인의 확률', en: 'The probability in a KUBE-SVC chain' },
    statement: {
      ko: '서비스 `web`의 `KUBE-SVC` 체인(iptables 모드)에서 첫 번째 엔드포인트 규칙의 `--probability` 값은 얼마인가? 소수로 답한다.',
      en: 'In the `KUBE-SVC` chain of the Service `web` (iptables mode), what is the `--probability` of the first endpoint rule? Answer with a decimal number.',
    },
    start: { commands: ['kubectl create deployment web --image=nginx --replicas=4 --port=80', 'kubectl expose deployment web --port=80'] },
    check: {
      kind: 'answer',
      prompt: { ko: '확률', en: 'Probability' },
      expected: (c) => String(1 / endpointIPs(c, 'default', 'web').length),
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl exec -n kube-system ds/kube-proxy -- iptables-save | grep "default/web ->"`가 규칙을 보여 준다.', en: '`kubectl exec -n kube-system ds/kube-proxy -- iptables-save | grep "default/web ->"` shows the rules.' },
      { ko: '엔드포인트가 n개면 첫 규칙은 1/n, 다음은 1/(n-1)… 마지막 규칙에는 확률이 없다.', en: 'With n endpoints the first rule has 1/n, the next 1/(n-1)…, and the last one none.' },
    ],
    solution: { commands: ['kubectl exec -n kube-system ds/kube-proxy -- iptables-save | grep "default/web ->"'], answer: '0.25' },
    alternatives: [{ commands: ['kubectl get endpoints web'], answer: '0.25000000000' }],
    wrongAttempts: [
      { answer: '0.5', expect: /`0\.5` does not match/ },
      { answer: '4', expect: /`4` does not match/ },
    ],
  },
  {
    id: 'endpoint-ips',
    note,
    level: 2,
    title: { ko: '서비스 뒤의 파드 IP', en: 'The Pod IPs behind a Service' },
    statement: {
      ko: '서비스 `hello`로 요청을 보내면 실제로 응답하는 파드들의 IP는 무엇인가? 쉼표로 구분해 모두 답한다.',
      en: 'When you send a request to the Service `hello`, which Pod IPs can actually answer? List them all, separated by commas.',
    },
    start: { commands: [...helloStart, 'kubectl run hello2 --image=nginx --labels=app=hello', 'kubectl run other --image=nginx --labels=app=other'] },
    check: {
      kind: 'answer',
      prompt: { ko: '파드 IP 목록', en: 'Pod IPs' },
      expected: (c) => endpointIPs(c, 'default', 'hello').join(','),
      compare: 'set',
    },
    hints: [
      { ko: '서비스의 셀렉터(`app=hello`)에 맞는 준비된 파드가 응답한다.', en: 'The ready Pods matching the Service’s selector (`app=hello`) answer.' },
      { ko: '`kubectl get endpoints hello`나 `kubectl get pods -l app=hello -o wide`를 본다.', en: 'Look at `kubectl get endpoints hello` or `kubectl get pods -l app=hello -o wide`.' },
    ],
    solution: { commands: ['kubectl get pods -l app=hello -o wide'], answer: '10.244.2.2, 10.244.1.2' },
    wrongAttempts: [
      { answer: '10.244.2.2', expect: /`10\.244\.2\.2` does not match/ },
      { answer: '10.244.1.2,10.244.2.2,10.244.1.3', expect: /10\.244\.1\.3/ },
    ],
  },
];
