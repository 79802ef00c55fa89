// Lab tasks for the exam-habits note.
import type { LabTask } from '../types.ts';
import { Judge, podContainers, podPhase } from '../judge.ts';
import { checkService, checkWorkload } from '../judge-workloads.ts';

const note = 'exam-habits';

function sleeperYaml(seconds: number): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: sleeper\n  labels:\n    run: sleeper\nspec:\n  containers:\n  - name: sleeper\n    image: busybox:1.36\n    command:\n    - sleep\n    - "${seconds}"\n`;
}

/** The skeleton `kubectl create service nodeport shop-svc ... --dry-run=client -o yaml` writes, with its selector. */
function shopServiceYaml(selector: string, nodePort: number): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  labels:\n    app: shop-svc\n  name: shop-svc\nspec:\n  ports:\n  - name: 80-80\n    nodePort: ${nodePort}\n    port: 80\n    protocol: TCP\n    targetPort: 80\n`
    + `  selector:\n    app: ${selector}\n  type: NodePort\n`;
}

export const examHabitsTasks: LabTask[] = [
  {
    id: 'deployment-skeleton',
    note,
    level: 2,
    title: { ko: '뼈대 YAML로 디플로이먼트 만들기', en: 'A Deployment from a generated skeleton' },
    statement: {
      ko: '`nginx` 이미지로 레플리카 `2`개인 디플로이먼트 `shop`의 뼈대를 `--dry-run=client -o yaml`로 `shop.yaml`에 저장하고, 그 파일로 디플로이먼트를 만든다. 두 레플리카가 모두 준비되어야 한다.',
      en: 'Save a skeleton of a Deployment `shop` with `2` replicas of `nginx` to `shop.yaml` with `--dry-run=client -o yaml`, then create the Deployment from the file. Both replicas must be ready.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        checkWorkload(j, 'deployments', 'shop', 'default', { image: 'nginx', replicas: 2 });
        return j.findings;
      },
    },
    hints: [
      { ko: '`--dry-run=client -o yaml`은 아무것도 만들지 않고 YAML만 출력한다. `>`로 파일에 저장한다.', en: '`--dry-run=client -o yaml` creates nothing and prints the YAML; save it with `>`.' },
      { ko: '그다음 `kubectl apply -f shop.yaml`.', en: 'Then `kubectl apply -f shop.yaml`.' },
    ],
    solution: {
      commands: [
        'kubectl create deployment shop --image=nginx --replicas=2 --dry-run=client -o yaml > shop.yaml',
        'kubectl apply -f shop.yaml',
        'kubectl get deployment shop',
      ],
    },
    wrongAttempts: [
      { commands: ['kubectl create deployment shop --image=nginx --replicas=2 --dry-run=client -o yaml > shop.yaml'], expect: /no Deployment `shop`/ },
      { commands: ['kubectl create deployment shop --image=nginx --dry-run=client -o yaml > shop.yaml', 'kubectl apply -f shop.yaml'], expect: /replicas is `1`; the task asks for `2`/ },
    ],
  },
  {
    id: 'service-skeleton',
    note,
    level: 3,
    title: { ko: '뼈대를 고쳐 서비스 만들기', en: 'Edit a skeleton into a Service' },
    statement: {
      ko: '디플로이먼트 `shop`의 파드(레이블 `app=shop`, 포트 `80`)를 `NodePort` 서비스 `shop-svc`로 노출시킨다. 포트와 대상 포트는 `80`, 노드 포트는 `30100`이다. `kubectl create service nodeport`의 뼈대에서 시작해도 되지만, 서비스의 엔드포인트는 `shop`의 파드 2개여야 한다.',
      en: 'Expose the Pods of the Deployment `shop` (label `app=shop`, port `80`) with a `NodePort` Service `shop-svc`: port and targetPort `80`, nodePort `30100`. You may start from a `kubectl create service nodeport` skeleton, but the Service’s endpoints must be the 2 Pods of `shop`.',
    },
    start: { commands: ['kubectl create deployment shop --image=nginx --replicas=2 --port=80'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        checkService(j, 'shop-svc', 'default', { type: 'NodePort', port: 80, targetPort: 80, nodePort: 30100, endpoints: 2 });
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl create service nodeport shop-svc --tcp=80:80 --node-port=30100 --dry-run=client -o yaml > svc.yaml`로 뼈대를 만든다.', en: 'Make the skeleton with `kubectl create service nodeport shop-svc --tcp=80:80 --node-port=30100 --dry-run=client -o yaml > svc.yaml`.' },
      { ko: '뼈대의 셀렉터는 `app: shop-svc`다. 파드의 레이블에 맞게 `app: shop`으로 고친 뒤 적용한다.', en: 'The skeleton’s selector is `app: shop-svc`; change it to the Pods’ `app: shop`, then apply.' },
    ],
    solution: {
      commands: [
        'kubectl create service nodeport shop-svc --tcp=80:80 --node-port=30100 --dry-run=client -o yaml > svc.yaml',
        'kubectl apply -f svc.yaml',
      ],
      // svc.yaml as the reader leaves it after editing the selector in the editor.
      files: { 'svc.yaml': shopServiceYaml('shop', 30100) },
    },
    wrongAttempts: [
      { commands: ['kubectl create service nodeport shop-svc --tcp=80:80 --node-port=30100'], expect: /number of ready endpoints is `0`; the task asks for `2`/ },
      { commands: ['kubectl apply -f svc.yaml'], files: { 'svc.yaml': shopServiceYaml('shop', 30010) }, expect: /nodePort is `30010`/ },
    ],
  },
  {
    id: 'replace-command',
    note,
    level: 3,
    title: { ko: '실행 중인 파드의 명령 바꾸기', en: 'Change a running Pod’s command' },
    statement: {
      ko: '파드 `sleeper`(이미지 `busybox:1.36`)가 `sleep 3600`을 실행 중이다. 이름은 그대로 두고 명령을 `sleep 7200`으로 바꿔 파드가 `Running`이 되게 한다.',
      en: 'The Pod `sleeper` (image `busybox:1.36`) runs `sleep 3600`. Keeping its name, change its command to `sleep 7200` and get it `Running`.',
    },
    start: { commands: ['kubectl create -f sleeper.yaml'], files: { 'sleeper.yaml': sleeperYaml(3600) } },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'sleeper', 'default');
        if (pod) {
          const container = podContainers(pod)[0];
          const command = [...(container?.command ?? []), ...(container?.args ?? [])].join(' ');
          j.field(pod, 'pods', { ko: '명령', en: 'command' }, command, 'sleep 7200');
          j.field(pod, 'pods', { ko: '단계(phase)', en: 'phase' }, podPhase(pod), 'Running');
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '실행 중인 파드의 명령은 제자리에서 바꿀 수 없다. 파드를 지우고 다시 만들어야 한다.', en: 'A running Pod’s command cannot change in place: the Pod must be deleted and created again.' },
      { ko: '`kubectl get pod sleeper -o yaml > sleeper.yaml`로 저장하고 명령을 고친다.', en: 'Save it with `kubectl get pod sleeper -o yaml > sleeper.yaml` and edit the command.' },
      { ko: '`kubectl replace --force -f sleeper.yaml`은 지우고 파일로 다시 만든다.', en: '`kubectl replace --force -f sleeper.yaml` deletes it and creates it from the file.' },
    ],
    solution: {
      commands: ['kubectl get pod sleeper -o yaml > sleeper.yaml', 'kubectl replace --force -f sleeper.yaml'],
      // sleeper.yaml after the edit (the reader changes 3600 to 7200 in the editor).
      files: { 'sleeper.yaml': sleeperYaml(7200) },
    },
    alternatives: [{ commands: ['kubectl delete pod sleeper --now', 'kubectl run sleeper --image=busybox:1.36 --command -- sleep 7200'] }],
    wrongAttempts: [
      { commands: ['kubectl run sleeper2 --image=busybox:1.36 --command -- sleep 7200'], expect: /command is `sleep 3600`/ },
      { commands: ['kubectl get pod sleeper -o yaml > sleeper.yaml', 'kubectl replace --force -f sleeper.yaml'], expect: /command is `sleep 3600`; the task asks for `sleep 7200`/ },
    ],
  },
  {
    id: 'explain-version',
    note,
    level: 1,
    title: { ko: '`kubectl explain`으로 버전 찾기', en: 'Find the version with `kubectl explain`' },
    statement: {
      ko: '레플리카셋(ReplicaSet)을 만들 때 `apiVersion`에 무엇을 쓰는가? `그룹/버전` 형식으로 답한다.',
      en: 'What goes in `apiVersion` when you create a ReplicaSet? Answer as `group/version`.',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: 'apiVersion', en: 'apiVersion' },
      // Read from a ReplicaSet that every cluster has (coredns's).
      expected: (c) => c.listObjects('replicasets', 'kube-system')[0]?.apiVersion ?? '',
      compare: 'exact',
    },
    hints: [
      { ko: '`kubectl explain replicaset`의 맨 위 `GROUP`과 `VERSION` 줄을 본다.', en: 'Read the `GROUP` and `VERSION` lines at the top of `kubectl explain replicaset`.' },
      { ko: '파드와 서비스는 코어 그룹(`v1`)이지만 레플리카셋은 그렇지 않다.', en: 'Pods and Services are in the core group (`v1`); ReplicaSets are not.' },
    ],
    solution: { commands: ['kubectl explain replicaset'], answer: 'apps/v1' },
    wrongAttempts: [
      { answer: 'v1', expect: /`v1` does not match/ },
      { answer: 'apps/v1beta2', expect: /`apps\/v1beta2` does not match/ },
    ],
  },
  {
    id: 'jsonpath-images',
    note,
    level: 2,
    title: { ko: 'JSONPath로 이미지 뽑기', en: 'Pull images out with JSONPath' },
    statement: {
      ko: '네임스페이스 `team-a`의 파드들이 쓰는 이미지를 모두 답한다. 쉼표로 구분하고 태그까지 적는다.',
      en: 'List every image used by the Pods in the namespace `team-a`, tags included, separated by commas.',
    },
    start: {
      commands: [
        'kubectl create namespace team-a',
        'kubectl run web --image=nginx:1.27 -n team-a',
        'kubectl run cache --image=redis:7 -n team-a',
        'kubectl run api --image=httpd:2.4 -n team-a',
        'kubectl run other --image=busybox:1.36 --command -- sleep 3600',
      ],
    },
    check: {
      kind: 'answer',
      prompt: { ko: '이미지 목록', en: 'Images' },
      expected: (c) => [...new Set(c.listObjects('pods', 'team-a').flatMap((p) => podContainers(p).map((x) => x.image)))].join(','),
      compare: 'set',
    },
    hints: [
      { ko: '`-o jsonpath`는 필드만 뽑아 준다: `{.items[*].spec.containers[*].image}`.', en: '`-o jsonpath` pulls out just the field: `{.items[*].spec.containers[*].image}`.' },
      { ko: '`-n team-a`를 잊지 않는다.', en: 'Do not forget `-n team-a`.' },
    ],
    solution: { commands: ["kubectl get pods -n team-a -o jsonpath='{.items[*].spec.containers[*].image}'"], answer: 'nginx:1.27, redis:7, httpd:2.4' },
    wrongAttempts: [
      { answer: 'nginx:1.27, redis:7, httpd:2.4, busybox:1.36', expect: /busybox/ },
      { answer: 'nginx, redis, httpd', expect: /does not match/ },
    ],
  },
];
