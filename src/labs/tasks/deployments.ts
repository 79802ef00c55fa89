// Lab tasks for the deployments note.
import type { LabTask } from '../types.ts';
import { Judge } from '../judge.ts';
import { checkReplicas, checkTemplateImage, checkWorkload, replicaSetsOf, revision, templateImage } from '../judge-workloads.ts';

const note = 'deployments';

function deploymentYaml(o: { name: string; replicas: number; image: string; container?: string; strategy?: string; command?: string }): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${o.name}\nspec:\n  replicas: ${o.replicas}\n${o.strategy ?? ''}`
    + `  selector:\n    matchLabels:\n      app: ${o.name}\n  template:\n    metadata:\n      labels:\n        app: ${o.name}\n`
    + `    spec:\n      containers:\n      - name: ${o.container ?? 'nginx'}\n        image: ${o.image}\n${o.command ?? ''}`;
}

const batchCommand = '        command: ["sleep", "3600"]\n';
const batchFile = (strategy: string) => deploymentYaml({ name: 'batch', replicas: 2, image: 'busybox:1.36', container: 'worker', strategy, command: batchCommand });

function strategyType(obj: { spec?: unknown }): string | undefined {
  return (obj.spec as { strategy?: { type?: string } } | undefined)?.strategy?.type;
}

export const deploymentsTasks: LabTask[] = [
  {
    id: 'create-webapp',
    note,
    level: 1,
    title: { ko: '디플로이먼트 만들기', en: 'Create a Deployment' },
    statement: {
      ko: '`default` 네임스페이스에 디플로이먼트(Deployment) `webapp`을 만든다. 이미지는 `nginx:1.27`, 레플리카는 `3`개다. 세 파드가 모두 준비되어야 한다.',
      en: 'Create a Deployment named `webapp` in the `default` namespace with the image `nginx:1.27` and `3` replicas. All three Pods must be ready.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        checkWorkload(j, 'deployments', 'webapp', 'default', { image: 'nginx:1.27', replicas: 3 });
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl create deployment`에는 `--image`와 `--replicas` 플래그가 있다.', en: '`kubectl create deployment` takes `--image` and `--replicas`.' },
    ],
    solution: { commands: ['kubectl create deployment webapp --image=nginx:1.27 --replicas=3'] },
    alternatives: [{ commands: ['kubectl apply -f webapp.yaml'], files: { 'webapp.yaml': deploymentYaml({ name: 'webapp', replicas: 3, image: 'nginx:1.27' }) } }],
    wrongAttempts: [
      { commands: ['kubectl create deployment webapp --image=nginx:1.27 --replicas=2'], expect: /replicas is `2`; the task asks for `3`/ },
      { commands: ['kubectl create deployment webapp --image=nginx --replicas=3'], expect: /Pod template image is `nginx`; the task asks for `nginx:1\.27`/ },
      { commands: ['kubectl create deployment web-app --image=nginx:1.27 --replicas=3'], expect: /no Deployment `webapp`/ },
    ],
  },
  {
    id: 'scale-api',
    note,
    level: 1,
    title: { ko: '디플로이먼트 스케일', en: 'Scale a Deployment' },
    statement: {
      ko: '디플로이먼트 `api`의 레플리카를 `2`개에서 `4`개로 늘린다.',
      en: 'Scale the Deployment `api` from `2` to `4` replicas.',
    },
    start: { commands: ['kubectl create deployment api --image=httpd:2.4 --replicas=2'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const d = j.get('deployments', 'api', 'default');
        if (d) checkReplicas(j, d, 'deployments', 4);
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl scale deployment`을 쓴다.', en: 'Use `kubectl scale deployment`.' },
      { ko: '디플로이먼트가 만든 레플리카셋을 직접 스케일하면 디플로이먼트 컨트롤러가 곧 되돌린다.', en: 'Scaling the Deployment’s ReplicaSet directly is undone by the Deployment controller right away.' },
    ],
    solution: { commands: ['kubectl scale deployment api --replicas=4'] },
    wrongAttempts: [
      { commands: ['kubectl scale deployment api --replicas=3'], expect: /replicas is `3`; the task asks for `4`/ },
      { commands: ['kubectl scale $(kubectl get rs -l app=api -o name) --replicas=4'], expect: /replicas is `2`; the task asks for `4`/ },
    ],
  },
  {
    id: 'update-and-undo',
    note,
    level: 3,
    title: { ko: '업데이트하고 롤백하기', en: 'Update, then roll back' },
    statement: {
      ko: '디플로이먼트 `webapp`(이미지 `nginx:1.27`, 컨테이너 이름 `nginx`)의 이미지를 `nginx:1.28`로 바꾸고 롤아웃이 끝나기를 기다린 다음, 바로 이전 리비전으로 롤백한다. 끝나면 세 파드가 모두 `nginx:1.27`로 준비되어 있어야 한다.',
      en: 'Change the image of the Deployment `webapp` (image `nginx:1.27`, container `nginx`) to `nginx:1.28`, wait for the rollout to finish, then roll back to the previous revision. At the end all three Pods must be ready with `nginx:1.27`.',
    },
    start: { commands: ['kubectl create deployment webapp --image=nginx:1.27 --replicas=3'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const d = j.get('deployments', 'webapp', 'default');
        if (d) {
          const rolledOut = replicaSetsOf(c, d).some((rs) => templateImage(rs) === 'nginx:1.28');
          if (!rolledOut) {
            j.fail(
              '`webapp` 디플로이먼트에 `nginx:1.28` 레플리카셋이 없다. `nginx:1.28`로의 업데이트가 롤아웃된 적이 없다.',
              'Deployment `webapp` has no ReplicaSet with `nginx:1.28`: the update to `nginx:1.28` was never rolled out.',
            );
          }
          checkTemplateImage(j, d, 'deployments', 'nginx:1.27');
          checkReplicas(j, d, 'deployments', 3);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl set image deployment/webapp nginx=nginx:1.28`로 업데이트한다.', en: 'Update with `kubectl set image deployment/webapp nginx=nginx:1.28`.' },
      { ko: '`kubectl rollout status`가 롤아웃이 끝날 때까지 기다린다.', en: '`kubectl rollout status` waits until the rollout is done.' },
      { ko: '`kubectl rollout undo`는 바로 이전 리비전으로 돌아간다. `kubectl rollout history`로 리비전을 확인한다.', en: '`kubectl rollout undo` goes back to the previous revision; `kubectl rollout history` lists them.' },
    ],
    solution: {
      commands: [
        'kubectl set image deployment/webapp nginx=nginx:1.28',
        'kubectl rollout status deployment/webapp',
        'kubectl rollout undo deployment/webapp',
        'kubectl rollout history deployment/webapp',
      ],
    },
    alternatives: [{ commands: ['kubectl set image deployment/webapp nginx=nginx:1.28', 'kubectl rollout undo deployment/webapp --to-revision=1'] }],
    wrongAttempts: [
      { commands: ['kubectl set image deployment/webapp nginx=nginx:1.28'], expect: /Pod template image is `nginx:1\.28`; the task asks for `nginx:1\.27`/ },
      { commands: ['kubectl set image deployment/webapp nginx=nginx:1.29', 'kubectl rollout undo deployment/webapp'], expect: /never rolled out/ },
    ],
  },
  {
    id: 'old-replicaset-image',
    note,
    level: 2,
    title: { ko: '이전 레플리카셋의 이미지', en: 'The old ReplicaSet’s image' },
    statement: {
      ko: '디플로이먼트 `shop`은 한 번 업데이트되었다. 파드가 없는(`DESIRED` 0) 이전 레플리카셋은 어떤 이미지를 쓰는가? 태그까지 답한다.',
      en: 'The Deployment `shop` was updated once. Which image does its old ReplicaSet (the one with `DESIRED` 0) use? Answer with the tag.',
    },
    start: { commands: ['kubectl create deployment shop --image=nginx:1.26 --replicas=2', 'kubectl set image deployment/shop nginx=nginx:1.27'] },
    check: {
      kind: 'answer',
      prompt: { ko: '이미지', en: 'Image' },
      expected(c) {
        const d = c.getObject('deployments', 'default', 'shop')!;
        const old = replicaSetsOf(c, d).find((rs) => (rs.spec as { replicas?: number }).replicas === 0);
        return old ? templateImage(old) ?? '' : '';
      },
    },
    hints: [
      { ko: '`kubectl get rs -o wide`는 레플리카셋마다 DESIRED와 IMAGES를 보여 준다.', en: '`kubectl get rs -o wide` shows DESIRED and IMAGES for each ReplicaSet.' },
    ],
    solution: { commands: ['kubectl get rs -o wide'], answer: 'nginx:1.26' },
    wrongAttempts: [
      { answer: 'nginx:1.27', expect: /`nginx:1\.27` does not match/ },
      { answer: 'nginx', expect: /`nginx` does not match/ },
    ],
  },
  {
    id: 'current-revision',
    note,
    level: 2,
    title: { ko: '현재 리비전 번호', en: 'The current revision number' },
    statement: {
      ko: '디플로이먼트 `shop`은 두 번 업데이트되고 한 번 롤백되었다. 지금 리비전 번호는 몇인가? 숫자로 답한다.',
      en: 'The Deployment `shop` was updated twice and rolled back once. What is its revision number now? Answer with a number.',
    },
    start: {
      commands: [
        'kubectl create deployment shop --image=nginx:1.25',
        'kubectl set image deployment/shop nginx=nginx:1.26',
        'kubectl set image deployment/shop nginx=nginx:1.27',
        'kubectl rollout undo deployment/shop',
      ],
    },
    check: {
      kind: 'answer',
      prompt: { ko: '리비전 번호', en: 'Revision number' },
      expected: (c) => String(revision(c.getObject('deployments', 'default', 'shop')!)),
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl rollout history deployment/shop`의 가장 큰 번호가 현재 리비전이다.', en: 'The highest number in `kubectl rollout history deployment/shop` is the current revision.' },
      { ko: '롤백은 이전 리비전 번호로 돌아가지 않는다. 되살린 템플릿이 새 번호를 받는다.', en: 'A rollback does not go back to the old number: the restored template gets a new one.' },
    ],
    solution: { commands: ['kubectl rollout history deployment/shop'], answer: '4' },
    wrongAttempts: [
      { answer: '2', expect: /`2` does not match/ },
      { answer: '3', expect: /`3` does not match/ },
    ],
  },
  {
    id: 'recreate-strategy',
    note,
    level: 3,
    title: { ko: 'Recreate 전략으로 바꾸기', en: 'Switch to the Recreate strategy' },
    statement: {
      ko: '디플로이먼트 `batch`는 `batch.yaml`로 만들었고 기본 전략인 `RollingUpdate`를 쓴다. 업데이트할 때 모든 파드를 먼저 내리도록 전략(`spec.strategy.type`)을 `Recreate`로 바꾼다. 레플리카 `2`개와 이미지 `busybox:1.36`은 그대로다.',
      en: 'The Deployment `batch` was created from `batch.yaml` and uses the default strategy, `RollingUpdate`. Change its strategy (`spec.strategy.type`) to `Recreate`, so that an update takes every Pod down first. Keep `2` replicas and the image `busybox:1.36`.',
    },
    start: { commands: ['kubectl apply -f batch.yaml'], files: { 'batch.yaml': batchFile('') } },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const d = j.get('deployments', 'batch', 'default');
        if (d) {
          j.field(d, 'deployments', { ko: 'strategy.type 값', en: 'strategy type' }, strategyType(d), 'Recreate');
          checkTemplateImage(j, d, 'deployments', 'busybox:1.36');
          checkReplicas(j, d, 'deployments', 2);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`spec.strategy.type: Recreate`에는 `rollingUpdate` 블록을 함께 둘 수 없다.', en: '`spec.strategy.type: Recreate` cannot come with a `rollingUpdate` block.' },
      { ko: '파일 전체로 바꾸려면 `kubectl replace -f`를 쓴다.', en: 'To replace the whole object from the file, use `kubectl replace -f`.' },
    ],
    solution: { commands: ['kubectl replace -f batch.yaml'], files: { 'batch.yaml': batchFile('  strategy:\n    type: Recreate\n') } },
    alternatives: [{ commands: ['kubectl apply -f batch.yaml'], files: { 'batch.yaml': batchFile('  strategy:\n    type: Recreate\n    rollingUpdate: null\n') } }],
    wrongAttempts: [
      {
        commands: ['kubectl replace -f batch.yaml'],
        files: { 'batch.yaml': batchFile('  strategy:\n    type: Recreate\n    rollingUpdate:\n      maxSurge: 0\n') },
        expect: /strategy type is `RollingUpdate`; the task asks for `Recreate`/,
      },
      {
        commands: ['kubectl replace -f batch.yaml'],
        files: { 'batch.yaml': batchFile('  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 100%\n') },
        expect: /strategy type is `RollingUpdate`/,
      },
    ],
  },
];
