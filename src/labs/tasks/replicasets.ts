// Lab tasks for the replicasets note.
import type { LabTask } from '../types.ts';
import { Judge } from '../judge.ts';
import { checkPodImage, checkReplicas, checkTemplateImage, matchLabels, podsOwnedBy, templateImage } from '../judge-workloads.ts';

const note = 'replicasets';

/** A ReplicaSet manifest as a reader writes it (selector and template labels given separately). */
function rsYaml(o: { name: string; replicas: number; selector: Record<string, string>; labels: Record<string, string>; image: string; apiVersion?: string }): string {
  const map = (m: Record<string, string>, indent: string) => Object.entries(m).map(([k, v]) => `${indent}${k}: ${v}\n`).join('');
  return `apiVersion: ${o.apiVersion ?? 'apps/v1'}\nkind: ReplicaSet\nmetadata:\n  name: ${o.name}\nspec:\n  replicas: ${o.replicas}\n`
    + `  selector:\n    matchLabels:\n${map(o.selector, '      ')}  template:\n    metadata:\n      labels:\n${map(o.labels, '        ')}`
    + `    spec:\n      containers:\n      - name: nginx\n        image: ${o.image}\n`;
}

const myappStart = {
  commands: ['kubectl create -f rs.yaml'],
  files: { 'rs.yaml': rsYaml({ name: 'myapp-replicaset', replicas: 3, selector: { type: 'front-end' }, labels: { app: 'myapp', type: 'front-end' }, image: 'nginx' }) },
};

export const replicasetsTasks: LabTask[] = [
  {
    id: 'create-frontend',
    note,
    level: 2,
    title: { ko: '레플리카셋 만들기', en: 'Create a ReplicaSet' },
    statement: {
      ko: '`default` 네임스페이스에 레플리카셋(ReplicaSet) `frontend`를 만든다. 레플리카는 `3`개, 이미지는 `nginx:1.27`, 셀렉터와 파드 템플릿의 레이블은 `tier=frontend`다. 세 파드가 모두 준비(Ready)되어야 한다.',
      en: 'Create a ReplicaSet named `frontend` in the `default` namespace with `3` replicas of the image `nginx:1.27`. Its selector and its Pod template label are `tier=frontend`. All three Pods must be Ready.',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const rs = j.get('replicasets', 'frontend', 'default');
        if (rs) {
          j.field(rs, 'replicasets', { ko: '셀렉터(matchLabels)', en: 'selector (matchLabels)' }, matchLabels(rs), { tier: 'frontend' });
          checkTemplateImage(j, rs, 'replicasets', 'nginx:1.27');
          checkReplicas(j, rs, 'replicasets', 3);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '레플리카셋은 `kubectl create` 명령으로 바로 만들 수 없다. YAML 파일을 쓴다.', en: 'There is no `kubectl create replicaset`: write a YAML file.' },
      { ko: '`apiVersion`은 `apps/v1`이고 `spec`에는 `replicas`, `selector`, `template`이 들어간다.', en: '`apiVersion` is `apps/v1`; `spec` holds `replicas`, `selector` and `template`.' },
      { ko: '`selector.matchLabels`와 `template.metadata.labels`가 일치해야 API 서버가 받아 준다.', en: 'The API server accepts it only if `selector.matchLabels` matches `template.metadata.labels`.' },
    ],
    solution: {
      commands: ['kubectl apply -f frontend.yaml'],
      files: { 'frontend.yaml': rsYaml({ name: 'frontend', replicas: 3, selector: { tier: 'frontend' }, labels: { tier: 'frontend' }, image: 'nginx:1.27' }) },
    },
    alternatives: [{
      commands: ['kubectl create -f frontend.yaml'],
      files: { 'frontend.yaml': rsYaml({ name: 'frontend', replicas: 3, selector: { tier: 'frontend' }, labels: { tier: 'frontend', app: 'web' }, image: 'nginx:1.27' }) },
    }],
    wrongAttempts: [
      {
        commands: ['kubectl apply -f frontend.yaml'],
        files: { 'frontend.yaml': rsYaml({ name: 'frontend', replicas: 2, selector: { tier: 'frontend' }, labels: { tier: 'frontend' }, image: 'nginx:1.27' }) },
        expect: /replicas is `2`; the task asks for `3`/,
      },
      {
        commands: ['kubectl apply -f frontend.yaml'],
        files: { 'frontend.yaml': rsYaml({ name: 'frontend', replicas: 3, selector: { tier: 'frontend' }, labels: { tier: 'frontend' }, image: 'nginx:1.26' }) },
        expect: /Pod template image is `nginx:1\.26`/,
      },
      {
        commands: ['kubectl apply -f frontend.yaml'],
        files: { 'frontend.yaml': rsYaml({ name: 'frontend', replicas: 3, selector: { tier: 'fronted' }, labels: { tier: 'fronted' }, image: 'nginx:1.27' }) },
        expect: /selector \(matchLabels\) is `\{"tier":"fronted"\}`/,
      },
    ],
  },
  {
    id: 'selector-matches-template',
    note,
    level: 2,
    title: { ko: '셀렉터와 템플릿 레이블 맞추기', en: 'Make the selector match the template' },
    statement: {
      ko: '레플리카셋 `myapp-replicaset`을 `default` 네임스페이스에 만든다. 레플리카 `2`개, 이미지 `nginx`, 셀렉터는 `type=front-end`, 파드 템플릿의 레이블은 `app=myapp`과 `type=front-end`다. (셀렉터가 `type=front-end`인데 템플릿 레이블이 `type=back-end`이면 API 서버가 거부한다.)',
      en: 'Create the ReplicaSet `myapp-replicaset` in the `default` namespace: `2` replicas of the image `nginx`, selector `type=front-end`, Pod template labels `app=myapp` and `type=front-end`. (With selector `type=front-end` and template label `type=back-end`, the API server rejects it.)',
    },
    start: {},
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const rs = j.get('replicasets', 'myapp-replicaset', 'default');
        if (rs) {
          j.field(rs, 'replicasets', { ko: '셀렉터(matchLabels)', en: 'selector (matchLabels)' }, matchLabels(rs), { type: 'front-end' });
          j.labels(rs, 'replicasets', { app: 'myapp', type: 'front-end' }, 'template');
          checkReplicas(j, rs, 'replicasets', 2);
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl explain replicaset`의 맨 위가 그룹과 버전(`apps/v1`)을 알려 준다.', en: 'The top of `kubectl explain replicaset` gives the group and version (`apps/v1`).' },
      { ko: '셀렉터의 모든 레이블이 템플릿 레이블에 같은 값으로 있어야 한다. 템플릿에는 레이블이 더 있어도 된다.', en: 'Every selector label must be in the template labels with the same value; the template may have more labels.' },
    ],
    solution: {
      commands: ['kubectl create -f rs.yaml'],
      files: { 'rs.yaml': rsYaml({ name: 'myapp-replicaset', replicas: 2, selector: { type: 'front-end' }, labels: { app: 'myapp', type: 'front-end' }, image: 'nginx' }) },
    },
    wrongAttempts: [
      {
        commands: ['kubectl create -f rs.yaml'],
        files: { 'rs.yaml': rsYaml({ name: 'myapp-replicaset', replicas: 2, selector: { type: 'front-end' }, labels: { app: 'myapp', type: 'back-end' }, image: 'nginx' }) },
        expect: /no ReplicaSet `myapp-replicaset`/,
      },
      {
        commands: ['kubectl create -f rs.yaml'],
        files: { 'rs.yaml': rsYaml({ apiVersion: 'v1', name: 'myapp-replicaset', replicas: 2, selector: { type: 'front-end' }, labels: { app: 'myapp', type: 'front-end' }, image: 'nginx' }) },
        expect: /no ReplicaSet `myapp-replicaset`/,
      },
      {
        commands: ['kubectl create -f rs.yaml'],
        files: { 'rs.yaml': rsYaml({ name: 'myapp-replicaset', replicas: 2, selector: { type: 'front-end' }, labels: { type: 'front-end' }, image: 'nginx' }) },
        expect: /pod template label app is not set/,
      },
    ],
  },
  {
    id: 'scale-to-five',
    note,
    level: 1,
    title: { ko: '레플리카셋 스케일', en: 'Scale a ReplicaSet' },
    statement: {
      ko: '레플리카셋 `myapp-replicaset`(지금 레플리카 3개)을 파일을 고치지 않고 레플리카 `5`개로 늘린다.',
      en: 'Scale the ReplicaSet `myapp-replicaset` (3 replicas now) to `5` replicas without editing its file.',
    },
    start: myappStart,
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const rs = j.get('replicasets', 'myapp-replicaset', 'default');
        if (rs) checkReplicas(j, rs, 'replicasets', 5);
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl scale`은 리소스 유형과 이름, `--replicas`를 받는다.', en: '`kubectl scale` takes the resource type, the name and `--replicas`.' },
    ],
    solution: { commands: ['kubectl scale replicaset myapp-replicaset --replicas=5'] },
    alternatives: [{ commands: ['kubectl scale rs/myapp-replicaset --replicas=5'] }],
    wrongAttempts: [
      { commands: ['kubectl scale replicaset myapp-replicaset --replicas=4'], expect: /replicas is `4`; the task asks for `5`/ },
      { commands: ['kubectl run extra1 --image=nginx', 'kubectl run extra2 --image=nginx'], expect: /replicas is `3`/ },
    ],
  },
  {
    id: 'which-image',
    note,
    level: 1,
    title: { ko: '레플리카셋 파드의 이미지', en: 'The image of a ReplicaSet’s Pods' },
    statement: {
      ko: '레플리카셋 `backend`의 파드는 어떤 이미지를 쓰는가? 태그까지 답한다.',
      en: 'Which image do the Pods of the ReplicaSet `backend` use? Answer with the tag.',
    },
    start: {
      commands: ['kubectl create -f frontend.yaml', 'kubectl create -f backend.yaml'],
      files: {
        'frontend.yaml': rsYaml({ name: 'frontend', replicas: 2, selector: { tier: 'frontend' }, labels: { tier: 'frontend' }, image: 'nginx:1.27' }),
        'backend.yaml': rsYaml({ name: 'backend', replicas: 2, selector: { tier: 'backend' }, labels: { tier: 'backend' }, image: 'httpd:2.4' }),
      },
    },
    check: {
      kind: 'answer',
      prompt: { ko: '이미지', en: 'Image' },
      expected: (c) => templateImage(c.getObject('replicasets', 'default', 'backend')!) ?? '',
    },
    hints: [
      { ko: '`kubectl describe rs backend`의 `Pod Template` 아래 `Image:` 줄을 본다.', en: 'Read the `Image:` line under `Pod Template` in `kubectl describe rs backend`.' },
      { ko: '`kubectl get rs -o wide`의 IMAGES 열에도 나온다.', en: 'The IMAGES column of `kubectl get rs -o wide` shows it too.' },
    ],
    solution: { commands: ['kubectl get rs backend -o wide'], answer: 'httpd:2.4' },
    wrongAttempts: [
      { answer: 'nginx:1.27', expect: /`nginx:1\.27` does not match/ },
      { answer: 'httpd', expect: /`httpd` does not match/ },
    ],
  },
  {
    id: 'roll-new-image',
    note,
    level: 3,
    title: { ko: '레플리카셋의 이미지 바꾸기', en: 'Change a ReplicaSet’s image' },
    statement: {
      ko: '레플리카셋 `web`의 파드 3개가 `nginx:1.26`으로 실행 중이다. 템플릿의 이미지를 `nginx:1.27`로 바꾸고, `web`이 관리하는 파드 3개가 모두 `nginx:1.27`로 실행되게 한다. 레플리카셋은 템플릿이 바뀌어도 기존 파드를 바꾸지 않는다는 점에 주의한다.',
      en: 'The ReplicaSet `web` runs 3 Pods with `nginx:1.26`. Change its template image to `nginx:1.27` and make all 3 Pods it controls run `nginx:1.27`. Note that a ReplicaSet does not touch existing Pods when its template changes.',
    },
    start: {
      commands: ['kubectl create -f web.yaml'],
      files: { 'web.yaml': rsYaml({ name: 'web', replicas: 3, selector: { app: 'web' }, labels: { app: 'web' }, image: 'nginx:1.26' }) },
    },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        const rs = j.get('replicasets', 'web', 'default');
        if (rs && checkTemplateImage(j, rs, 'replicasets', 'nginx:1.27') && checkReplicas(j, rs, 'replicasets', 3)) {
          for (const pod of podsOwnedBy(c, rs)) checkPodImage(j, pod, 'nginx:1.27');
        }
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl set image`은 레플리카셋의 템플릿도 바꾼다. 컨테이너 이름은 `nginx`다.', en: '`kubectl set image` changes a ReplicaSet’s template too; the container is named `nginx`.' },
      { ko: '템플릿만 바꾸면 기존 파드는 옛 이미지 그대로다. 파드를 지우면 레플리카셋이 새 템플릿으로 다시 만든다.', en: 'Changing the template leaves the existing Pods on the old image. Delete them and the ReplicaSet recreates them from the new template.' },
      { ko: '`kubectl delete pods -l app=web`은 레이블로 한꺼번에 지운다.', en: '`kubectl delete pods -l app=web` deletes them by label in one go.' },
    ],
    solution: { commands: ['kubectl set image rs/web nginx=nginx:1.27', 'kubectl delete pods -l app=web'] },
    alternatives: [{
      commands: ['kubectl apply -f web.yaml', 'kubectl delete pods -l app=web'],
      files: { 'web.yaml': rsYaml({ name: 'web', replicas: 3, selector: { app: 'web' }, labels: { app: 'web' }, image: 'nginx:1.27' }) },
    }],
    wrongAttempts: [
      { commands: ['kubectl set image rs/web nginx=nginx:1.27'], expect: /Pod `web-\w+` exists but its image is `nginx:1\.26`/ },
      { commands: ['kubectl delete pods -l app=web'], expect: /Pod template image is `nginx:1\.26`/ },
    ],
  },
];
