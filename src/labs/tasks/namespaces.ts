// Lab tasks for the namespaces note.
import type { LabTask } from '../types.ts';
import { Judge, podPhase } from '../judge.ts';
import { checkNamespace, checkPodImage, checkQuotaHard, checkWorkload } from '../judge-workloads.ts';

const note = 'namespaces';

const quotaStart = {
  commands: ['kubectl create namespace dev', 'kubectl create quota compute-quota -n dev --hard=pods=5,requests.cpu=1,requests.memory=1Gi,limits.cpu=2,limits.memory=2Gi'],
};

function podWithResources(o: { namespace: string; requests?: string; limits?: string }): string {
  const resources = o.requests || o.limits
    ? `    resources:\n${o.requests ? `      requests:\n${o.requests}` : ''}${o.limits ? `      limits:\n${o.limits}` : ''}`
    : '';
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\n  namespace: ${o.namespace}\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n${resources}`;
}
const requests = '        cpu: 100m\n        memory: 128Mi\n';
const limits = '        cpu: 200m\n        memory: 256Mi\n';

export const namespacesTasks: LabTask[] = [
  {
    id: 'finance-redis',
    note,
    level: 1,
    title: { ko: '새 네임스페이스의 파드', en: 'A Pod in a new namespace' },
    statement: {
      ko: '네임스페이스(Namespace) `finance`를 만들고, 그 안에 이미지 `redis`로 파드 `redis`를 만든다.',
      en: 'Create the namespace `finance` and, in it, a Pod named `redis` with the image `redis`.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        if (checkNamespace(j, 'finance')) {
          const pod = j.get('pods', 'redis', 'finance');
          if (pod) checkPodImage(j, pod, 'redis');
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl create namespace`로 네임스페이스를 만든다.', en: '`kubectl create namespace` makes the namespace.' },
      { ko: '`-n finance`를 빠뜨리면 파드는 `default`에 생긴다.', en: 'Without `-n finance` the Pod lands in `default`.' },
    ],
    solution: { commands: ['kubectl create namespace finance', 'kubectl run redis --image=redis -n finance'] },
    alternatives: [{
      commands: ['kubectl apply -f finance.yaml', 'kubectl apply -f redis.yaml'],
      files: {
        'finance.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: finance\n',
        'redis.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: redis\n  namespace: finance\nspec:\n  containers:\n  - name: redis\n    image: redis\n',
      },
    }],
    wrongAttempts: [
      { commands: ['kubectl create namespace finance', 'kubectl run redis --image=redis'], expect: /no pod `redis` in namespace `finance`/ },
      { commands: ['kubectl create namespace finanse', 'kubectl run redis --image=redis -n finanse'], expect: /no namespace `finance`/ },
      { commands: ['kubectl create namespace finance', 'kubectl run redis --image=nginx -n finance'], expect: /image is `nginx`/ },
    ],
  },
  {
    id: 'compute-quota',
    note,
    level: 2,
    title: { ko: '리소스쿼터가 있는 네임스페이스', en: 'A namespace with a ResourceQuota' },
    statement: {
      ko: '네임스페이스 `dev`를 만들고, 그 안에 리소스쿼터(ResourceQuota) `compute-quota`를 만든다. 한도는 `pods=10`, `requests.cpu=4`, `requests.memory=5Gi`다.',
      en: 'Create the namespace `dev` and, in it, a ResourceQuota named `compute-quota` with the hard limits `pods=10`, `requests.cpu=4` and `requests.memory=5Gi`.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        if (checkNamespace(j, 'dev')) {
          const quota = j.get('resourcequotas', 'compute-quota', 'dev');
          if (quota) checkQuotaHard(j, quota, { pods: '10', 'requests.cpu': '4', 'requests.memory': '5Gi' });
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl create quota`에는 `--hard=키=값,키=값` 플래그가 있다.', en: '`kubectl create quota` takes `--hard=key=value,key=value`.' },
      { ko: '리소스쿼터는 네임스페이스에 속한다. `-n dev`를 잊지 않는다.', en: 'A ResourceQuota belongs to a namespace: do not forget `-n dev`.' },
    ],
    solution: { commands: ['kubectl create namespace dev', 'kubectl create quota compute-quota -n dev --hard=pods=10,requests.cpu=4,requests.memory=5Gi'] },
    alternatives: [{
      commands: ['kubectl create namespace dev', 'kubectl apply -f quota.yaml'],
      files: { 'quota.yaml': 'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: compute-quota\n  namespace: dev\nspec:\n  hard:\n    pods: "10"\n    requests.cpu: "4"\n    requests.memory: 5120Mi\n' },
    }],
    wrongAttempts: [
      { commands: ['kubectl create namespace dev', 'kubectl create quota compute-quota --hard=pods=10,requests.cpu=4,requests.memory=5Gi'], expect: /no ResourceQuota `compute-quota` in namespace `dev`/ },
      { commands: ['kubectl create namespace dev', 'kubectl create quota compute-quota -n dev --hard=pods=5,requests.cpu=4,requests.memory=5Gi'], expect: /hard limit pods is `5`; the task asks for `10`/ },
      { commands: ['kubectl create namespace dev', 'kubectl create quota compute-quota -n dev --hard=pods=10,requests.cpu=4'], expect: /hard limit requests\.memory is not set/ },
    ],
  },
  {
    id: 'which-namespace',
    note,
    level: 1,
    title: { ko: '파드가 있는 네임스페이스', en: 'Which namespace holds the Pod' },
    statement: {
      ko: '파드 `myapp-pod`는 어느 네임스페이스에 있는가? 네임스페이스 이름을 답한다.',
      en: 'In which namespace is the Pod `myapp-pod`? Answer with the namespace’s name.',
    },
    start: {
      commands: [
        'kubectl create namespace dev', 'kubectl create namespace prod',
        'kubectl run web --image=nginx -n prod', 'kubectl run myapp-pod --image=nginx -n dev',
      ],
    },
    check: {
      kind: 'answer',
      prompt: { ko: '네임스페이스', en: 'Namespace' },
      expected: (c) => c.listObjects('pods').find((p) => p.metadata.name === 'myapp-pod')?.metadata.namespace ?? '',
    },
    hints: [
      { ko: '`kubectl get pods -A`는 모든 네임스페이스의 파드를 NAMESPACE 열과 함께 보여 준다.', en: '`kubectl get pods -A` lists the Pods of every namespace with a NAMESPACE column.' },
    ],
    solution: { commands: ['kubectl get pods -A'], answer: 'dev' },
    wrongAttempts: [
      { answer: 'default', expect: /`default` does not match/ },
      { answer: 'prod', expect: /`prod` does not match/ },
    ],
  },
  {
    id: 'count-namespaces',
    note,
    level: 1,
    title: { ko: '네임스페이스 세기', en: 'Count the namespaces' },
    statement: {
      ko: '클러스터에 네임스페이스가 모두 몇 개 있는가? 숫자로 답한다.',
      en: 'How many namespaces does the cluster have in total? Answer with a number.',
    },
    start: { commands: ['kubectl create namespace dev', 'kubectl create namespace finance'] },
    check: {
      kind: 'answer',
      prompt: { ko: '네임스페이스 수', en: 'Number of namespaces' },
      expected: (c) => String(c.listObjects('namespaces').length),
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl get ns --no-headers | wc -l`로 센다.', en: 'Count with `kubectl get ns --no-headers | wc -l`.' },
      { ko: '새 클러스터에도 `default`, `kube-node-lease`, `kube-public`, `kube-system` 네 개가 있다.', en: 'A fresh cluster already has four: `default`, `kube-node-lease`, `kube-public`, `kube-system`.' },
    ],
    solution: { commands: ['kubectl get ns --no-headers | wc -l'], answer: '6' },
    wrongAttempts: [
      { answer: '2', expect: /`2` does not match/ },
      { answer: '5', expect: /`5` does not match/ },
    ],
  },
  {
    id: 'move-db',
    note,
    level: 2,
    title: { ko: '다른 네임스페이스로 옮기기', en: 'Move work to another namespace' },
    statement: {
      ko: '디플로이먼트 `db`(이미지 `redis:7`, 레플리카 `1`개)가 `default` 네임스페이스에서 실행 중이다. 네임스페이스 `prod`를 만들어 같은 디플로이먼트 `db`를 그곳에서 실행하고, `default`에는 `db`를 남기지 않는다.',
      en: 'The Deployment `db` (image `redis:7`, `1` replica) runs in the `default` namespace. Create the namespace `prod`, run the same Deployment `db` there, and leave no `db` in `default`.',
    },
    start: { commands: ['kubectl create deployment db --image=redis:7'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        j.absent('deployments', 'db', 'default');
        if (checkNamespace(j, 'prod')) {
          checkWorkload(j, 'deployments', 'db', 'prod', { image: 'redis:7', replicas: 1 });
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '오브젝트의 네임스페이스는 바꿀 수 없다. 새 네임스페이스에 다시 만들고 옛것을 지운다.', en: 'An object’s namespace cannot change: create it again in the new namespace and delete the old one.' },
      { ko: '`kubectl get deployment db -o yaml`로 저장한 뒤 `namespace`를 고쳐도 되고, `kubectl create deployment ... -n prod`로 다시 만들어도 된다.', en: 'Save it with `kubectl get deployment db -o yaml` and change `namespace`, or recreate it with `kubectl create deployment ... -n prod`.' },
    ],
    solution: { commands: ['kubectl create namespace prod', 'kubectl create deployment db --image=redis:7 -n prod', 'kubectl delete deployment db'] },
    alternatives: [{
      commands: ['kubectl create namespace prod', 'kubectl apply -f db.yaml', 'kubectl delete deployment db -n default'],
      files: { 'db.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: db\n  namespace: prod\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: db\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n      - name: redis\n        image: redis:7\n' },
    }],
    wrongAttempts: [
      { commands: ['kubectl create namespace prod', 'kubectl create deployment db --image=redis:7 -n prod'], expect: /Deployment `db` still exists/ },
      { commands: ['kubectl create namespace prod', 'kubectl create deployment db --image=redis -n prod', 'kubectl delete deployment db'], expect: /image is `redis`; the task asks for `redis:7`/ },
      { commands: ['kubectl delete deployment db'], expect: /no namespace `prod`/ },
    ],
  },
  {
    id: 'pod-under-quota',
    note,
    level: 3,
    title: { ko: '쿼터가 있는 네임스페이스의 파드', en: 'A Pod under a quota' },
    statement: {
      ko: '네임스페이스 `dev`에는 CPU와 메모리를 제한하는 리소스쿼터 `compute-quota`가 있어 `kubectl run nginx --image=nginx -n dev`가 거부된다. `dev`에 이미지 `nginx`로 파드 `nginx`를 만들어 `Running`이 되게 한다. 요청(requests)은 CPU `100m`, 메모리 `128Mi`, 한도(limits)는 CPU `200m`, 메모리 `256Mi`다.',
      en: 'The namespace `dev` has a ResourceQuota `compute-quota` on CPU and memory, so `kubectl run nginx --image=nginx -n dev` is refused. Create a Pod `nginx` with the image `nginx` in `dev` and get it `Running`, with requests of CPU `100m` and memory `128Mi` and limits of CPU `200m` and memory `256Mi`.',
    },
    start: quotaStart,
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'nginx', 'dev');
        if (pod) {
          const resources = (pod.spec as { containers?: { resources?: { requests?: Record<string, string>; limits?: Record<string, string> } }[] }).containers?.[0]?.resources;
          j.field(pod, 'pods', { ko: 'requests 값', en: 'requests' }, resources?.requests, { cpu: '100m', memory: '128Mi' });
          j.field(pod, 'pods', { ko: 'limits 값', en: 'limits' }, resources?.limits, { cpu: '200m', memory: '256Mi' });
          j.field(pod, 'pods', { ko: '단계(phase)', en: 'phase' }, podPhase(pod), 'Running');
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl describe quota -n dev`가 쿼터가 무엇을 세는지 보여 준다. CPU·메모리 쿼터가 있으면 컨테이너마다 그 값을 적어야 한다.', en: '`kubectl describe quota -n dev` shows what the quota counts. With a CPU and memory quota, every container must state those values.' },
      { ko: '`kubectl run nginx --image=nginx -n dev --dry-run=client -o yaml > pod.yaml`로 뼈대를 만들고 `resources`를 채운다.', en: 'Make a skeleton with `kubectl run nginx --image=nginx -n dev --dry-run=client -o yaml > pod.yaml` and fill in `resources`.' },
    ],
    solution: {
      commands: ['kubectl apply -f pod.yaml'],
      files: { 'pod.yaml': podWithResources({ namespace: 'dev', requests, limits }) },
    },
    wrongAttempts: [
      { commands: ['kubectl run nginx --image=nginx -n dev'], expect: /no pod `nginx` in namespace `dev`/ },
      { commands: ['kubectl apply -f pod.yaml'], files: { 'pod.yaml': podWithResources({ namespace: 'dev', requests }) }, expect: /no pod `nginx` in namespace `dev`/ },
      { commands: ['kubectl apply -f pod.yaml'], files: { 'pod.yaml': podWithResources({ namespace: 'default', requests, limits }) }, expect: /no pod `nginx` in namespace `dev`/ },
    ],
  },
];
