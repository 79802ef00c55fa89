// Lab tasks for the pods note.
import type { LabTask } from '../types.ts';
import { Judge, podContainers, podNode, podPhase } from '../judge.ts';

const note = 'pods';

export const podsTasks: LabTask[] = [
  {
    id: 'run-nginx',
    note,
    level: 1,
    title: { ko: 'nginx 파드 만들기', en: 'Create an nginx pod' },
    statement: {
      ko: '`default` 네임스페이스에 이미지 `nginx:1.27`로 `web`이라는 이름의 파드를 만든다.',
      en: 'Create a pod named `web` in the `default` namespace with the image `nginx:1.27`.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'web', 'default');
        if (pod) j.field(pod, 'pods', { ko: '이미지', en: 'image' }, podContainers(pod)[0]?.image, 'nginx:1.27');
        return j.findings;
      },
    },
    hints: [
      { ko: '파드 하나는 `kubectl run`으로 만든다.', en: 'One pod is made with `kubectl run`.' },
      { ko: '이미지는 `--image` 플래그로 준다. 태그까지 정확히 적는다.', en: 'The image goes in `--image`, tag included.' },
    ],
    solution: { commands: ['kubectl run web --image=nginx:1.27'] },
    alternatives: [{
      commands: ['kubectl apply -f web.yaml'],
      files: { 'web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n' },
    }],
    wrongAttempts: [
      { commands: ['kubectl run web --image=nginx:1.26'], expect: /nginx:1\.26/ },
      { commands: ['kubectl run webb --image=nginx:1.27'], expect: /`web`/ },
      { commands: ['kubectl create namespace dev', 'kubectl run web --image=nginx:1.27 -n dev'], expect: /no pod `web` in namespace `default`/ },
    ],
  },
  {
    id: 'labels-and-port',
    note,
    level: 2,
    title: { ko: '레이블과 포트가 있는 파드', en: 'A pod with labels and a port' },
    statement: {
      ko: '이미지 `redis:7`로 `cache`라는 파드를 만든다. 레이블은 `tier=backend`와 `app=cache`, 컨테이너 포트는 `6379`이다.',
      en: 'Create a pod named `cache` with the image `redis:7`, the labels `tier=backend` and `app=cache`, and container port `6379`.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'cache');
        if (pod) {
          const container = podContainers(pod)[0];
          j.field(pod, 'pods', { ko: '이미지', en: 'image' }, container?.image, 'redis:7');
          j.labels(pod, 'pods', { tier: 'backend', app: 'cache' });
          j.field(pod, 'pods', { ko: '컨테이너 포트', en: 'container port' }, container?.ports?.map((p) => p.containerPort), [6379]);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl run`에는 `--labels`와 `--port` 플래그가 있다.', en: '`kubectl run` has `--labels` and `--port`.' },
      { ko: '레이블 여러 개는 쉼표로 잇는다: `--labels=a=1,b=2`.', en: 'Several labels are joined with commas: `--labels=a=1,b=2`.' },
    ],
    solution: { commands: ['kubectl run cache --image=redis:7 --labels=tier=backend,app=cache --port=6379'] },
    wrongAttempts: [
      { commands: ['kubectl run cache --image=redis:7 --labels=tier=backend --port=6379'], expect: /label app/ },
      { commands: ['kubectl run cache --image=redis:7 --labels=tier=backend,app=cache'], expect: /container port/ },
      { commands: ['kubectl run cache --image=redis:7 --labels=tier=frontend,app=cache --port=6379'], expect: /frontend/ },
    ],
  },
  {
    id: 'fix-image',
    note,
    level: 2,
    title: { ko: '잘못된 이미지 고치기', en: 'Fix a wrong image' },
    statement: {
      ko: '파드 `broken`이 이미지를 받아 오지 못한다. 이미지를 `nginx:1.27`로 바꿔 파드가 `Running`이 되게 한다. 파드 이름은 그대로 `broken`이다.',
      en: 'Pod `broken` cannot pull its image. Change its image to `nginx:1.27` so that the pod is `Running`. Keep the name `broken`.',
    },
    start: { commands: ['kubectl run broken --image=nginx:1.27-typo'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'broken');
        if (pod && j.field(pod, 'pods', { ko: '이미지', en: 'image' }, podContainers(pod)[0]?.image, 'nginx:1.27')) {
          j.field(pod, 'pods', { ko: '단계(phase)', en: 'phase' }, podPhase(pod), 'Running');
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl describe pod broken`의 Events가 무엇이 잘못됐는지 말해 준다.', en: 'The Events of `kubectl describe pod broken` say what is wrong.' },
      { ko: '실행 중인 파드의 이미지는 바꿀 수 있는 몇 안 되는 필드다: `kubectl set image`.', en: 'A running pod’s image is one of the few fields that can change: `kubectl set image`.' },
    ],
    solution: { commands: ['kubectl set image pod/broken broken=nginx:1.27'] },
    alternatives: [{ commands: ['kubectl delete pod broken --now', 'kubectl run broken --image=nginx:1.27'] }],
    wrongAttempts: [
      { commands: ['kubectl run fixed --image=nginx:1.27'], expect: /nginx:1\.27-typo/ },
      { commands: ['kubectl delete pod broken --now'], expect: /no pod `broken`/ },
    ],
  },
  {
    id: 'which-node',
    note,
    level: 1,
    title: { ko: '파드가 있는 노드', en: 'Which node runs the pod' },
    statement: {
      ko: '파드 `api`는 어느 노드에서 실행 중인가? 노드 이름을 답한다.',
      en: 'On which node is pod `api` running? Answer with the node’s name.',
    },
    start: { commands: ['kubectl run filler --image=nginx', 'kubectl run api --image=nginx'] },
    check: {
      kind: 'answer',
      prompt: { ko: '노드 이름', en: 'Node name' },
      expected: (c) => podNode(c.getObject('pods', 'default', 'api')!) ?? '',
    },
    hints: [
      { ko: '`kubectl get pods -o wide`는 NODE 열을 보여 준다.', en: '`kubectl get pods -o wide` shows a NODE column.' },
    ],
    solution: { commands: ['kubectl get pod api -o wide'], answer: 'node01' },
    wrongAttempts: [
      { answer: 'node02', expect: /node02/ },
      { answer: '', expect: /No answer/ },
    ],
  },
  {
    id: 'count-pods',
    note,
    level: 1,
    title: { ko: '파드 세기', en: 'Count the pods' },
    statement: {
      ko: '`default` 네임스페이스에 파드가 몇 개 있는가? 숫자로 답한다.',
      en: 'How many pods are there in the `default` namespace? Answer with a number.',
    },
    start: { commands: ['kubectl run a --image=nginx', 'kubectl run b --image=redis', 'kubectl run c --image=busybox --command -- sleep 3600', 'kubectl create namespace other', 'kubectl run d --image=nginx -n other'] },
    check: {
      kind: 'answer',
      prompt: { ko: '파드 개수', en: 'Number of pods' },
      expected: (c) => String(c.listObjects('pods', 'default').length),
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl get pods`는 현재 네임스페이스만 보여 준다.', en: '`kubectl get pods` lists the current namespace only.' },
      { ko: '`--no-headers`와 `wc -l`을 함께 쓰면 줄 수를 센다.', en: '`--no-headers` with `wc -l` counts the lines.' },
    ],
    solution: { commands: ['kubectl get pods --no-headers | wc -l'], answer: '3' },
    wrongAttempts: [
      { answer: '4', expect: /`4`/ },
      { answer: 'three', expect: /three/ },
    ],
  },
];
