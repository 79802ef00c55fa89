// Lab tasks for the kube-controller-manager note: the replication controller's loop (create, scale,
// adopt, orphan), who owns a pod, and the controller manager's own options and leader lease.
import type { KubeObject } from '../../sim/index.ts';
import type { LabTask } from '../types.ts';
import { Judge, containerFlag, controlPlanePod, readyText, selectorText, specReplicas, templateContainers } from '../judge.ts';

const note = 'kube-controller-manager';

function rcYaml(name: string, replicas: number, image: string, opts: { namespace?: string; label?: string } = {}): string {
  const label = opts.label ?? name;
  return `apiVersion: v1
kind: ReplicationController
metadata:
  name: ${name}
${opts.namespace ? `  namespace: ${opts.namespace}\n` : ''}spec:
  replicas: ${replicas}
  selector:
    app: ${label}
  template:
    metadata:
      labels:
        app: ${label}
    spec:
      containers:
      - name: ${name}
        image: ${image}
`;
}

const replicaCount = { ko: '레플리카 수', en: 'replica count' };

/** The RC exists with the replicas, selector and image asked for. */
function checkRc(j: Judge, name: string, namespace: string, replicas: number, selector: Record<string, string>, image: string): KubeObject | undefined {
  const rc = j.get('replicationcontrollers', name, namespace);
  if (!rc) return undefined;
  j.field(rc, 'replicationcontrollers', replicaCount, specReplicas(rc), replicas);
  j.field(rc, 'replicationcontrollers', { ko: '셀렉터', en: 'selector' }, (rc.spec as { selector?: unknown }).selector, selector);
  j.field(rc, 'replicationcontrollers', { ko: '이미지', en: 'image' }, templateContainers(rc)[0]?.image, image);
  return rc;
}

function ownedBy(pod: KubeObject, owner: KubeObject): boolean {
  return (pod.metadata.ownerReferences ?? []).some((o) => o.uid === owner.metadata.uid && o.controller);
}

export const kubeControllerManagerTasks: LabTask[] = [
  {
    id: 'rc-frontend',
    note,
    level: 2,
    title: { ko: '레플리케이션컨트롤러 만들고 늘리기', en: 'Create and scale a ReplicationController' },
    statement: {
      ko: '`default` 네임스페이스에 레플리케이션컨트롤러(ReplicationController) `frontend`를 만든다. 셀렉터와 파드 레이블은 `app=frontend`, 이미지는 `nginx`, 레플리카는 3개로 시작한다. 그다음 레플리카를 5개로 늘린다.',
      en: 'Create a ReplicationController `frontend` in the `default` namespace: selector and Pod label `app=frontend`, image `nginx`, 3 replicas to start with. Then scale it to 5 replicas.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const selector = { app: 'frontend' };
        const rc = checkRc(j, 'frontend', 'default', 5, selector, 'nginx');
        if (rc && j.findings.length === 0) {
          const ready = j.pods('default', selector).filter((p) => ownedBy(p, rc) && readyText(p) === '1/1');
          j.count({ ko: `\`frontend\` 레플리케이션컨트롤러가 관리하는 준비된 파드`, en: 'ready Pods managed by ReplicationController `frontend`' }, ready.length, 5);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '레플리케이션컨트롤러는 YAML로 만든다. `apiVersion: v1`, `kind: ReplicationController`이고 셀렉터는 `matchLabels` 없이 레이블을 바로 쓴다.', en: 'Write the ReplicationController in YAML: `apiVersion: v1`, `kind: ReplicationController`, and a selector that lists labels directly (no `matchLabels`).' },
      { ko: '레플리카 수는 `kubectl scale rc frontend --replicas=5`로 바꾼다.', en: 'Change the replica count with `kubectl scale rc frontend --replicas=5`.' },
    ],
    solution: { commands: ['kubectl create -f frontend-rc.yaml', 'kubectl scale rc frontend --replicas=5'], files: { 'frontend-rc.yaml': rcYaml('frontend', 3, 'nginx') } },
    alternatives: [{ commands: ['kubectl apply -f frontend-rc.yaml'], files: { 'frontend-rc.yaml': rcYaml('frontend', 5, 'nginx') } }],
    wrongAttempts: [
      { commands: ['kubectl create -f frontend-rc.yaml', 'kubectl scale rc frontend --replicas=4'], files: { 'frontend-rc.yaml': rcYaml('frontend', 3, 'nginx') }, expect: /replica count is `4`/ },
      { commands: ['kubectl create deployment frontend --image=nginx --replicas=5'], expect: /no ReplicationController `frontend`/ },
      { commands: ['kubectl create -f frontend-rc.yaml'], files: { 'frontend-rc.yaml': rcYaml('frontend', 5, 'nginx', { label: 'fronted' }) }, expect: /selector is `\{"app":"fronted"\}`/ },
    ],
  },
  {
    id: 'rc-orphan',
    note,
    level: 2,
    title: { ko: '파드는 남기고 컨트롤러만 지우기', en: 'Delete the controller, keep the Pods' },
    statement: {
      ko: '`old` 네임스페이스의 레플리케이션컨트롤러 `legacy`를 지운다. 그 파드 두 개(레이블 `app=legacy`)는 지우지 않고 계속 실행되게 한다.',
      en: 'Delete the ReplicationController `legacy` in namespace `old`, but keep its two Pods (label `app=legacy`) running.',
    },
    start: { commands: ['kubectl create namespace old', 'kubectl apply -f legacy.yaml'], files: { 'legacy.yaml': rcYaml('legacy', 2, 'httpd:2.4', { namespace: 'old' }) } },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        j.absent('replicationcontrollers', 'legacy', 'old');
        const running = j.pods('old', { app: 'legacy' }).filter((p) => readyText(p) === '1/1');
        j.count({ ko: '`old` 네임스페이스에서 실행 중인 `app=legacy` 파드', en: 'running `app=legacy` Pods in namespace `old`' }, running.length, 2);
        return j.findings;
      },
    },
    hints: [
      { ko: '컨트롤러를 지우면 가비지 컬렉터가 그 컨트롤러가 소유한 파드도 지운다.', en: 'Deleting a controller lets the garbage collector delete the Pods it owns.' },
      { ko: '`kubectl delete`의 `--cascade` 플래그를 본다.', en: 'Look at `kubectl delete`’s `--cascade` flag.' },
    ],
    solution: { commands: ['kubectl delete rc legacy -n old --cascade=orphan'] },
    wrongAttempts: [
      { commands: ['kubectl delete rc legacy -n old'], expect: /Running `app=legacy` Pods in namespace `old`: 0/ },
      { commands: ['kubectl delete pods -l app=legacy -n old'], expect: /ReplicationController `legacy` in namespace `old` still exists/ },
    ],
  },
  {
    id: 'rc-adopt',
    note,
    level: 3,
    title: { ko: '기존 파드를 맡는 컨트롤러', en: 'A controller that adopts existing Pods' },
    statement: {
      ko: '파드 `cache-a`와 `cache-b`(레이블 `app=cache`, 이미지 `redis:7`)가 컨트롤러 없이 실행 중이다. 레플리케이션컨트롤러 `cache`(셀렉터 `app=cache`, 이미지 `redis:7`)를 만들어 레이블 `app=cache`인 파드가 정확히 3개가 되게 한다. `cache-a`와 `cache-b`는 지우지 않고 컨트롤러가 맡게 한다.',
      en: 'Pods `cache-a` and `cache-b` (label `app=cache`, image `redis:7`) run without a controller. Create a ReplicationController `cache` (selector `app=cache`, image `redis:7`) so that exactly 3 Pods carry the label `app=cache`. Do not delete `cache-a` or `cache-b`: the controller must take them over.',
    },
    start: { commands: ['kubectl run cache-a --image=redis:7 --labels=app=cache', 'kubectl run cache-b --image=redis:7 --labels=app=cache'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const selector = { app: 'cache' };
        const rc = checkRc(j, 'cache', 'default', 3, selector, 'redis:7');
        for (const name of ['cache-a', 'cache-b']) {
          const pod = j.get('pods', name);
          if (pod && rc && !ownedBy(pod, rc)) {
            j.fail(`\`${name}\` 파드를 \`cache\` 레플리케이션컨트롤러가 관리하지 않는다.`, `Pod \`${name}\` is not managed by ReplicationController \`cache\`.`);
          }
        }
        j.count({ ko: `레이블이 \`${selectorText(selector)}\`인 파드`, en: `pods with label \`${selectorText(selector)}\`` }, j.pods('default', selector).length, 3);
        return j.findings;
      },
    },
    hints: [
      { ko: '컨트롤러는 셀렉터에 맞는 파드를 센다. 주인이 없는 파드는 자기 것으로 맡는다(adopt).', en: 'A controller counts the Pods its selector matches and adopts matching Pods that have no owner.' },
      { ko: '레플리카 수는 파드의 전체 수다. 새로 만들 수가 아니다.', en: 'The replica count is the total number of Pods, not the number of new ones.' },
      { ko: '맡았는지는 `kubectl get pod cache-a -o yaml`의 `ownerReferences`로 확인한다.', en: 'Check the adoption in `ownerReferences` of `kubectl get pod cache-a -o yaml`.' },
    ],
    solution: { commands: ['kubectl apply -f cache-rc.yaml'], files: { 'cache-rc.yaml': rcYaml('cache', 3, 'redis:7') } },
    wrongAttempts: [
      { commands: ['kubectl apply -f cache-rc.yaml'], files: { 'cache-rc.yaml': rcYaml('cache', 1, 'redis:7') }, expect: /replica count is `1`/ },
      { commands: ['kubectl delete pod cache-a cache-b --now', 'kubectl apply -f cache-rc.yaml'], files: { 'cache-rc.yaml': rcYaml('cache', 3, 'redis:7') }, expect: /no pod `cache-a`/ },
      { commands: ['kubectl apply -f cache-rc.yaml'], files: { 'cache-rc.yaml': rcYaml('cache', 5, 'redis:7') }, expect: /Pods with label `app=cache`: 5/ },
    ],
  },
  {
    id: 'owner-kind',
    note,
    level: 2,
    title: { ko: '파드를 만든 컨트롤러', en: 'Which controller made the Pods' },
    statement: {
      ko: '`default` 네임스페이스에서 레이블이 `app=mystery`인 파드들은 어떤 종류(kind)의 오브젝트가 관리하는가? kind 이름을 답한다.',
      en: 'In the `default` namespace, which kind of object manages the Pods labelled `app=mystery`? Answer with the kind.',
    },
    start: { commands: ['kubectl create deployment decoy --image=nginx:1.27', 'kubectl apply -f mystery.yaml'], files: { 'mystery.yaml': rcYaml('mystery', 2, 'nginx:1.27') } },
    check: {
      kind: 'answer',
      prompt: { ko: 'kind 이름', en: 'Kind' },
      expected: (c) => new Judge(c).pods('default', { app: 'mystery' })[0]?.metadata.ownerReferences?.find((o) => o.controller)?.kind ?? '',
    },
    hints: [
      { ko: '파드를 관리하는 오브젝트는 파드의 `metadata.ownerReferences`에 있다.', en: 'The object that manages a Pod is in the Pod’s `metadata.ownerReferences`.' },
      { ko: '`kubectl describe pod`의 Controlled By 줄에도 보인다.', en: 'The Controlled By line of `kubectl describe pod` shows it too.' },
    ],
    solution: { commands: ['kubectl describe pods -l app=mystery | grep "Controlled By"'], answer: 'ReplicationController' },
    wrongAttempts: [
      { answer: 'ReplicaSet', expect: /`ReplicaSet`/ },
      { answer: 'Deployment', expect: /`Deployment`/ },
    ],
  },
  {
    id: 'controllers-flag',
    note,
    level: 1,
    title: { ko: '켜진 컨트롤러', en: 'Which controllers are on' },
    statement: {
      ko: 'kube-controller-manager의 `--controllers` 옵션 값을 그대로 답한다.',
      en: 'Answer with the value of kube-controller-manager’s `--controllers` option as written.',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: '`--controllers` 값', en: 'Value of `--controllers`' },
      expected: (c) => containerFlag(controlPlanePod(c, 'kube-controller-manager'), 'controllers') ?? '',
      compare: 'exact',
    },
    hints: [
      { ko: 'kube-controller-manager는 `kube-system`의 스태틱 파드로 실행된다.', en: 'kube-controller-manager runs as a static Pod in `kube-system`.' },
      { ko: '`*`는 기본으로 켜지는 컨트롤러 전부이고, 이름을 더 적으면 기본으로 꺼진 컨트롤러도 켠다.', en: '`*` means every controller that is on by default; names added after it turn on controllers that are off by default.' },
    ],
    solution: { commands: ['kubectl describe pod kube-controller-manager-controlplane -n kube-system | grep controllers'], answer: '*,bootstrapsigner,tokencleaner' },
    wrongAttempts: [
      { answer: '*', expect: /`\*`/ },
      { answer: 'bootstrapsigner,tokencleaner', expect: /`bootstrapsigner,tokencleaner`/ },
    ],
  },
  {
    id: 'leader-lease',
    note,
    level: 2,
    title: { ko: '리더 선출 리스', en: 'The leader election Lease' },
    statement: {
      ko: 'kube-controller-manager는 리더 선출로 한 인스턴스만 일하게 한다. `kube-system` 네임스페이스의 리스(Lease) `kube-controller-manager`에서 지금 리더가 실행 중인 노드의 이름을 답한다.',
      en: 'kube-controller-manager uses leader election so that one instance works at a time. From the Lease `kube-controller-manager` in namespace `kube-system`, answer with the name of the node the current leader runs on.',
    },
    start: { cluster: { nodes: [{ name: 'cp-1', controlPlane: true }, { name: 'node01' }] } },
    check: {
      kind: 'answer',
      prompt: { ko: '노드 이름', en: 'Node name' },
      expected: (c) => ((c.getObject('leases', 'kube-system', 'kube-controller-manager')?.spec as { holderIdentity?: string } | undefined)?.holderIdentity ?? '').split('_')[0],
    },
    hints: [
      { ko: '`kubectl get lease -n kube-system`의 HOLDER 열을 본다.', en: 'Look at the HOLDER column of `kubectl get lease -n kube-system`.' },
      { ko: 'HOLDER는 `<노드 이름>_<임의의 ID>` 형식이다.', en: 'HOLDER has the form `<node name>_<random ID>`.' },
    ],
    solution: { commands: ['kubectl get lease kube-controller-manager -n kube-system'], answer: 'cp-1' },
    wrongAttempts: [
      { answer: 'node01', expect: /`node01`/ },
      { answer: 'kube-controller-manager', expect: /`kube-controller-manager`/ },
    ],
  },
];
