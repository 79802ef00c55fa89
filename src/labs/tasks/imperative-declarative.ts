// Lab tasks for the imperative-declarative note.
import type { LabTask } from '../types.ts';
import { Judge } from '../judge.ts';
import { checkEndpointCount, checkPodImage, checkReplicas, checkServicePort, checkWorkload, lastApplied, serviceSpec } from '../judge-workloads.ts';

const note = 'imperative-declarative';

function deployment(o: { name: string; replicas: number; labels?: string }): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${o.name}\n${o.labels ? `  labels:\n${o.labels}` : ''}spec:\n  replicas: ${o.replicas}\n`
    + `  selector:\n    matchLabels:\n      app: ${o.name}\n  template:\n    metadata:\n      labels:\n        app: ${o.name}\n`
    + '    spec:\n      containers:\n      - name: nginx\n        image: nginx\n';
}

const NOT_APPLIED: { ko: string; en: string } = {
  ko: '`kubectl apply`로 관리되지 않는다(last-applied-configuration 어노테이션이 없다).',
  en: 'is not managed with `kubectl apply` (it has no last-applied-configuration annotation).',
};

export const imperativeDeclarativeTasks: LabTask[] = [
  {
    id: 'nginx-pod',
    note,
    level: 1,
    title: { ko: '명령형 커맨드로 파드 만들기', en: 'A Pod with an imperative command' },
    statement: {
      ko: '이미지 `nginx:alpine`으로 파드 `nginx-pod`를 만든다.',
      en: 'Create a Pod named `nginx-pod` with the image `nginx:alpine`.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'nginx-pod', 'default');
        if (pod) checkPodImage(j, pod, 'nginx:alpine');
        return j.findings;
      },
    },
    hints: [{ ko: '`kubectl run <이름> --image=<이미지>`.', en: '`kubectl run <name> --image=<image>`.' }],
    solution: { commands: ['kubectl run nginx-pod --image=nginx:alpine'] },
    wrongAttempts: [
      { commands: ['kubectl run nginx-pod --image=nginx'], expect: /image is `nginx`; the task asks for `nginx:alpine`/ },
      { commands: ['kubectl run nginx --image=nginx:alpine'], expect: /no pod `nginx-pod`/ },
    ],
  },
  {
    id: 'redis-service',
    note,
    level: 2,
    title: { ko: '레이블이 있는 파드와 서비스', en: 'A labelled Pod and its Service' },
    statement: {
      ko: '이미지 `redis:alpine`으로 레이블 `tier=db`인 파드 `redis`를 만든다. 그다음 그 파드를 클러스터 안에서 포트 `6379`로 노출시키는 서비스 `redis-service`(셀렉터 `tier=db`)를 만든다.',
      en: 'Create a Pod `redis` with the image `redis:alpine` and the label `tier=db`. Then create a Service `redis-service` (selector `tier=db`) that exposes it inside the cluster on port `6379`.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const pod = j.get('pods', 'redis', 'default');
        if (pod) {
          checkPodImage(j, pod, 'redis:alpine');
          j.labels(pod, 'pods', { tier: 'db' });
        }
        const svc = j.get('services', 'redis-service', 'default');
        if (svc) {
          j.field(svc, 'services', { ko: '셀렉터', en: 'selector' }, serviceSpec(svc).selector, { tier: 'db' });
          checkServicePort(j, svc, { type: 'ClusterIP', port: 6379, targetPort: 6379 });
          checkEndpointCount(j, svc, 1);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl run`의 `--labels`로 레이블을 붙인다.', en: 'Label the Pod with the `--labels` flag of `kubectl run`.' },
      { ko: '`kubectl expose pod`는 파드의 레이블을 서비스의 셀렉터로 복사한다. 이름은 `--name`으로 정한다.', en: '`kubectl expose pod` copies the Pod’s labels into the Service’s selector; `--name` names it.' },
    ],
    solution: { commands: ['kubectl run redis --image=redis:alpine --labels=tier=db', 'kubectl expose pod redis --port=6379 --name=redis-service'] },
    alternatives: [{
      commands: ['kubectl run redis --image=redis:alpine --labels=tier=db', 'kubectl create -f svc.yaml'],
      files: { 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: redis-service\nspec:\n  selector:\n    tier: db\n  ports:\n  - port: 6379\n    targetPort: 6379\n' },
    }],
    wrongAttempts: [
      { commands: ['kubectl run redis --image=redis:alpine --labels=tier=db', 'kubectl expose pod redis --port=6379'], expect: /no service `redis-service`/ },
      { commands: ['kubectl run redis --image=redis:alpine', 'kubectl expose pod redis --port=6379 --name=redis-service'], expect: /selector is `\{"run":"redis"\}`/ },
      { commands: ['kubectl run redis --image=redis:alpine --labels=tier=db', 'kubectl expose pod redis --port=6380 --target-port=6379 --name=redis-service'], expect: /port is `6380`/ },
    ],
  },
  {
    id: 'webapp-in-apps',
    note,
    level: 1,
    title: { ko: '네임스페이스 안의 디플로이먼트', en: 'A Deployment in a namespace' },
    statement: {
      ko: '네임스페이스 `apps`에 이미지 `nginx`로 레플리카 `3`개인 디플로이먼트 `webapp`을 만든다.',
      en: 'Create a Deployment `webapp` with `3` replicas of the image `nginx` in the namespace `apps`.',
    },
    start: { commands: ['kubectl create namespace apps'] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        checkWorkload(j, 'deployments', 'webapp', 'apps', { image: 'nginx', replicas: 3 });
        return j.findings;
      },
    },
    hints: [{ ko: '`kubectl create deployment`에 `--replicas`와 `-n`을 함께 준다.', en: 'Give `kubectl create deployment` both `--replicas` and `-n`.' }],
    solution: { commands: ['kubectl create deployment webapp --image=nginx --replicas=3 -n apps'] },
    wrongAttempts: [
      { commands: ['kubectl create deployment webapp --image=nginx --replicas=3'], expect: /no Deployment `webapp` in namespace `apps`/ },
      { commands: ['kubectl create deployment webapp --image=nginx -n apps'], expect: /replicas is `1`; the task asks for `3`/ },
    ],
  },
  {
    id: 'adopt-with-apply',
    note,
    level: 2,
    title: { ko: 'create로 만든 오브젝트를 apply로 관리하기', en: 'Manage a created object with apply' },
    statement: {
      ko: '디플로이먼트 `myapp`은 `kubectl create -f myapp.yaml`로 만들었고 레플리카가 `2`개다. `myapp.yaml`의 `replicas`를 `4`로 고쳐 `kubectl apply`로 반영한다. 앞으로 이 디플로이먼트는 선언형으로 관리한다.',
      en: 'The Deployment `myapp` was created with `kubectl create -f myapp.yaml` and has `2` replicas. Change `replicas` in `myapp.yaml` to `4` and apply it with `kubectl apply`: from now on the Deployment is managed declaratively.',
    },
    start: { commands: ['kubectl create -f myapp.yaml'], files: { 'myapp.yaml': deployment({ name: 'myapp', replicas: 2 }) } },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const d = j.get('deployments', 'myapp', 'default');
        if (d) {
          checkReplicas(j, d, 'deployments', 4);
          const applied = lastApplied(d);
          if (!applied) j.fail(`\`myapp\` 디플로이먼트는 ${NOT_APPLIED.ko}`, `Deployment \`myapp\` ${NOT_APPLIED.en}`);
          else {
            const replicas = (applied.spec as { replicas?: number } | undefined)?.replicas;
            if (replicas !== 4) {
              j.fail(
                `마지막으로 적용한 구성의 replicas가 \`${replicas}\`이다. 파일의 replicas를 4로 고쳐 적용한다.`,
                `The last applied configuration has replicas \`${replicas}\`; change the file to 4 and apply it.`,
              );
            }
          }
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl apply`는 적용한 파일을 `kubectl.kubernetes.io/last-applied-configuration` 어노테이션에 남긴다.', en: '`kubectl apply` keeps the applied file in the `kubectl.kubernetes.io/last-applied-configuration` annotation.' },
      { ko: '`kubectl scale`은 레플리카 수를 바꾸지만 어노테이션은 남기지 않는다.', en: '`kubectl scale` changes the replica count but leaves no annotation.' },
    ],
    solution: { commands: ['kubectl apply -f myapp.yaml'], files: { 'myapp.yaml': deployment({ name: 'myapp', replicas: 4 }) } },
    wrongAttempts: [
      { commands: ['kubectl scale deployment myapp --replicas=4'], expect: /no last-applied-configuration/ },
      { commands: ['kubectl apply -f myapp.yaml'], files: { 'myapp.yaml': deployment({ name: 'myapp', replicas: 3 }) }, expect: /replicas is `3`; the task asks for `4`/ },
    ],
  },
  {
    id: 'drop-label-with-apply',
    note,
    level: 3,
    title: { ko: 'apply로 레이블 지우기', en: 'Remove a label with apply' },
    statement: {
      ko: '디플로이먼트 `frontend`는 `frontend.yaml`로 `kubectl apply`해 관리한다. 파일에는 레이블 `app=frontend`와 `env=test`가 있다. 파일에서 `env: test`를 지우고 다시 적용해, 활성 오브젝트와 마지막으로 적용한 구성 모두에서 `env` 레이블을 없앤다. `app=frontend`는 남긴다.',
      en: 'The Deployment `frontend` is managed by applying `frontend.yaml`, whose labels are `app=frontend` and `env=test`. Remove `env: test` from the file and apply it again, so that the `env` label is gone from both the live object and the last applied configuration. Keep `app=frontend`.',
    },
    start: {
      commands: ['kubectl apply -f frontend.yaml'],
      files: { 'frontend.yaml': deployment({ name: 'frontend', replicas: 1, labels: '    app: frontend\n    env: test\n' }) },
    },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const d = j.get('deployments', 'frontend', 'default');
        if (d) {
          j.labels(d, 'deployments', { app: 'frontend' });
          const env = d.metadata.labels?.env;
          if (env !== undefined) j.fail(`\`frontend\` 디플로이먼트에 아직 레이블 \`env=${env}\`가 있다.`, `Deployment \`frontend\` still has the label \`env=${env}\`.`);
          const applied = lastApplied(d);
          const appliedLabels = (applied?.metadata as { labels?: Record<string, string> } | undefined)?.labels ?? {};
          if (!applied) j.fail(`\`frontend\` 디플로이먼트는 ${NOT_APPLIED.ko}`, `Deployment \`frontend\` ${NOT_APPLIED.en}`);
          else if ('env' in appliedLabels) {
            j.fail(
              '마지막으로 적용한 구성에 아직 `env` 레이블이 있다. 파일을 다시 적용하면 레이블이 되살아난다.',
              'The last applied configuration still has the `env` label: applying the file again brings the label back.',
            );
          }
        }
        return j.findings;
      },
    },
    hints: [
      { ko: 'apply는 마지막으로 적용한 구성에 있었는데 파일에서 사라진 필드를 지운다.', en: 'apply deletes the fields that were in the last applied configuration and are gone from the file.' },
      { ko: '`kubectl label ... env-`는 활성 오브젝트에서만 지운다. 어노테이션은 그대로다.', en: '`kubectl label ... env-` removes it from the live object only; the annotation stays.' },
      { ko: '`kubectl apply view-last-applied deployment frontend`로 어노테이션을 확인한다.', en: 'Check the annotation with `kubectl apply view-last-applied deployment frontend`.' },
    ],
    solution: {
      commands: ['kubectl apply -f frontend.yaml'],
      files: { 'frontend.yaml': deployment({ name: 'frontend', replicas: 1, labels: '    app: frontend\n' }) },
    },
    wrongAttempts: [
      { commands: ['kubectl apply -f frontend.yaml'], files: { 'frontend.yaml': deployment({ name: 'frontend', replicas: 1, labels: '    app: frontend\n    env: test\n' }) }, expect: /still has the label `env=test`/ },
      { commands: ['kubectl label deployment frontend env-'], expect: /last applied configuration still has the `env` label/ },
      { commands: ['kubectl apply -f frontend.yaml'], files: { 'frontend.yaml': deployment({ name: 'frontend', replicas: 1 }) }, expect: /label app is not set/ },
    ],
  },
];
