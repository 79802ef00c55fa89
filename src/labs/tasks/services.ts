// Lab tasks for the services note.
import type { LabTask } from '../types.ts';
import { Judge } from '../judge.ts';
import { checkService, endpointIPs, serviceSpec } from '../judge-workloads.ts';

const note = 'services';

function serviceYaml(o: { name: string; type: string; selector: string; port: number; targetPort: number; nodePort?: number }): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${o.name}\nspec:\n  type: ${o.type}\n  selector:\n    ${o.selector}\n`
    + `  ports:\n  - port: ${o.port}\n    targetPort: ${o.targetPort}\n${o.nodePort ? `    nodePort: ${o.nodePort}\n` : ''}`;
}

const myapp = 'kubectl create deployment myapp --image=nginx --replicas=3 --port=80';

export const servicesTasks: LabTask[] = [
  {
    id: 'nodeport-myapp',
    note,
    level: 3,
    title: { ko: 'NodePort 서비스로 노출시키기', en: 'Expose with a NodePort Service' },
    statement: {
      ko: '디플로이먼트 `myapp`(파드 레이블 `app=myapp`, 컨테이너 포트 `80`)을 서비스 `myapp-service`로 노출시킨다. 유형은 `NodePort`, 포트 `80`, 대상 포트(targetPort) `80`, 노드 포트(nodePort) `30008`이다. 서비스의 엔드포인트는 `myapp`의 파드 3개여야 한다.',
      en: 'Expose the Deployment `myapp` (Pod label `app=myapp`, container port `80`) as the Service `myapp-service`: type `NodePort`, port `80`, targetPort `80`, nodePort `30008`. The Service’s endpoints must be the 3 Pods of `myapp`.',
    },
    start: { commands: [myapp] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        checkService(j, 'myapp-service', 'default', { type: 'NodePort', port: 80, targetPort: 80, nodePort: 30008, endpoints: 3 });
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl expose`는 노드 포트를 정하지 못한다. 정해진 nodePort가 필요하면 YAML을 쓴다.', en: '`kubectl expose` cannot pick the nodePort; for a given nodePort, write YAML.' },
      { ko: '`--dry-run=client -o yaml`로 뼈대를 파일에 저장하고 `nodePort`를 더한다.', en: 'Save a skeleton with `--dry-run=client -o yaml` and add `nodePort`.' },
      { ko: '`kubectl create service nodeport`는 셀렉터를 `app=<서비스 이름>`으로 정한다. 파드의 레이블과 맞는지 확인한다.', en: '`kubectl create service nodeport` sets the selector to `app=<service name>`: check that it matches the Pods’ labels.' },
    ],
    solution: {
      commands: ['kubectl apply -f myapp-service.yaml'],
      files: { 'myapp-service.yaml': serviceYaml({ name: 'myapp-service', type: 'NodePort', selector: 'app: myapp', port: 80, targetPort: 80, nodePort: 30008 }) },
    },
    alternatives: [{
      commands: [
        'kubectl expose deployment myapp --name=myapp-service --type=NodePort --port=80 --target-port=80 --dry-run=client -o yaml > myapp-service.yaml',
        'kubectl create -f myapp-service.yaml',
      ],
      // The skeleton `expose` wrote, with the nodePort added in the editor.
      files: { 'myapp-service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  labels:\n    app: myapp\n  name: myapp-service\nspec:\n  ports:\n  - port: 80\n    protocol: TCP\n    targetPort: 80\n    nodePort: 30008\n  selector:\n    app: myapp\n  type: NodePort\n' },
    }],
    wrongAttempts: [
      { commands: ['kubectl create service nodeport myapp-service --tcp=80:80 --node-port=30008'], expect: /number of ready endpoints is `0`; the task asks for `3`/ },
      { commands: ['kubectl expose deployment myapp --name=myapp-service --type=NodePort --port=80'], expect: /nodePort is `3\d{4}`; the task asks for `30008`/ },
      {
        commands: ['kubectl apply -f myapp-service.yaml'],
        files: { 'myapp-service.yaml': serviceYaml({ name: 'myapp-service', type: 'NodePort', selector: 'app: myapp', port: 80, targetPort: 8080, nodePort: 30008 }) },
        expect: /targetPort is `8080`/,
      },
    ],
  },
  {
    id: 'clusterip-8080',
    note,
    level: 1,
    title: { ko: '클러스터 내부용 서비스', en: 'A Service inside the cluster' },
    statement: {
      ko: '디플로이먼트 `myapp`의 파드를 클러스터 안에서 포트 `8080`으로 노출시키는 서비스 `myapp-8080`을 만든다. 유형은 `ClusterIP`이고 컨테이너는 포트 `80`에서 듣는다.',
      en: 'Create a Service `myapp-8080` of type `ClusterIP` that exposes the Pods of the Deployment `myapp` inside the cluster on port `8080`. The containers listen on port `80`.',
    },
    start: { commands: [myapp] },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        checkService(j, 'myapp-8080', 'default', { type: 'ClusterIP', port: 8080, targetPort: 80, endpoints: 3 });
        return j.findings;
      },
    },
    hints: [
      { ko: '서비스의 포트는 `--port`, 컨테이너의 포트는 `--target-port`다.', en: 'The Service’s port is `--port`; the container’s port is `--target-port`.' },
    ],
    solution: { commands: ['kubectl expose deployment myapp --name=myapp-8080 --port=8080 --target-port=80'] },
    alternatives: [{
      commands: ['kubectl apply -f svc.yaml'],
      files: { 'svc.yaml': serviceYaml({ name: 'myapp-8080', type: 'ClusterIP', selector: 'app: myapp', port: 8080, targetPort: 80 }) },
    }],
    wrongAttempts: [
      { commands: ['kubectl expose deployment myapp --name=myapp-8080 --port=8080'], expect: /targetPort is `8080`; the task asks for `80`/ },
      { commands: ['kubectl expose deployment myapp --name=myapp-8080 --type=NodePort --port=8080 --target-port=80'], expect: /type is `NodePort`/ },
    ],
  },
  {
    id: 'fix-selector',
    note,
    level: 2,
    title: { ko: '엔드포인트가 없는 서비스', en: 'A Service without endpoints' },
    statement: {
      ko: '서비스 `web`(포트 `80`)에 엔드포인트가 없다. 이름과 포트는 그대로 두고, 디플로이먼트 `web`의 파드 2개(레이블 `app=web`)로 트래픽을 보내게 고친다.',
      en: 'The Service `web` (port `80`) has no endpoints. Keeping its name and port, make it send traffic to the 2 Pods of the Deployment `web` (label `app=web`).',
    },
    start: {
      commands: ['kubectl create deployment web --image=nginx --replicas=2 --port=80', 'kubectl create -f web-svc.yaml'],
      files: { 'web-svc.yaml': serviceYaml({ name: 'web', type: 'ClusterIP', selector: 'app: wbe', port: 80, targetPort: 80 }) },
    },
    check: {
      kind: 'state',
      check(c) {
        const j = new Judge(c);
        checkService(j, 'web', 'default', { type: 'ClusterIP', port: 80, targetPort: 80, endpoints: 2 });
        return j.findings;
      },
    },
    hints: [
      { ko: '`kubectl describe svc web`의 `Selector:`와 파드의 레이블(`kubectl get pods --show-labels`)을 비교한다.', en: 'Compare the `Selector:` of `kubectl describe svc web` with the Pods’ labels (`kubectl get pods --show-labels`).' },
      { ko: '셀렉터를 고친 YAML로 `kubectl apply -f`나 `kubectl replace -f`를 하거나, 서비스를 지우고 다시 `expose`한다.', en: 'Apply or replace a YAML with the right selector, or delete the Service and `expose` again.' },
    ],
    solution: { commands: ['kubectl delete service web', 'kubectl expose deployment web --port=80 --target-port=80'] },
    alternatives: [{
      commands: ['kubectl replace -f web-svc.yaml'],
      files: { 'web-svc.yaml': serviceYaml({ name: 'web', type: 'ClusterIP', selector: 'app: web', port: 80, targetPort: 80 }) },
    }],
    wrongAttempts: [
      { commands: ['kubectl expose deployment web --name=web2 --port=80'], expect: /number of ready endpoints is `0`; the task asks for `2`/ },
      { commands: ['kubectl delete service web', 'kubectl expose deployment web --port=8080 --target-port=80'], expect: /port is `8080`/ },
    ],
  },
  {
    id: 'count-endpoints',
    note,
    level: 1,
    title: { ko: '엔드포인트 세기', en: 'Count the endpoints' },
    statement: {
      ko: '서비스 `front-end`의 엔드포인트는 몇 개인가? 숫자로 답한다.',
      en: 'How many endpoints does the Service `front-end` have? Answer with a number.',
    },
    start: {
      commands: [
        'kubectl create deployment front-end --image=nginx --replicas=3 --port=80',
        'kubectl expose deployment front-end --port=80',
        'kubectl run extra --image=nginx --labels=app=front-end',
        'kubectl run other --image=nginx --labels=app=back-end',
      ],
    },
    check: {
      kind: 'answer',
      prompt: { ko: '엔드포인트 수', en: 'Number of endpoints' },
      expected: (c) => String(endpointIPs(c, 'default', 'front-end').length),
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl get endpointslices -l kubernetes.io/service-name=front-end`나 `kubectl describe svc front-end`의 `Endpoints:` 줄을 본다.', en: 'Read `kubectl get endpointslices -l kubernetes.io/service-name=front-end` or the `Endpoints:` line of `kubectl describe svc front-end`.' },
      { ko: '셀렉터에 맞는 준비된 파드는 디플로이먼트가 만든 것만이 아니다.', en: 'Not every ready Pod matching the selector comes from the Deployment.' },
    ],
    solution: { commands: ['kubectl describe svc front-end'], answer: '4' },
    wrongAttempts: [
      { answer: '3', expect: /`3` does not match/ },
      { answer: '5', expect: /`5` does not match/ },
    ],
  },
  {
    id: 'which-nodeport',
    note,
    level: 1,
    title: { ko: '배정된 노드 포트', en: 'The nodePort that was given' },
    statement: {
      ko: '서비스 `web`은 `NodePort` 유형이고 노드 포트를 정하지 않고 만들었다. 쿠버네티스가 배정한 노드 포트(nodePort)는 몇 번인가?',
      en: 'The Service `web` is of type `NodePort` and was created without choosing a nodePort. Which nodePort did Kubernetes give it?',
    },
    start: { commands: ['kubectl create deployment web --image=nginx --port=80', 'kubectl expose deployment web --type=NodePort --port=80'] },
    check: {
      kind: 'answer',
      prompt: { ko: '노드 포트', en: 'nodePort' },
      expected: (c) => String(serviceSpec(c.getObject('services', 'default', 'web')!).ports?.[0]?.nodePort ?? ''),
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl get svc web`의 PORT(S) 열은 `포트:노드포트/프로토콜` 형식이다.', en: 'The PORT(S) column of `kubectl get svc web` reads `port:nodePort/protocol`.' },
    ],
    solution: { commands: ['kubectl get svc web'], answer: '32368' },
    wrongAttempts: [
      { answer: '80', expect: /`80` does not match/ },
      { answer: '30000', expect: /`30000` does not match/ },
    ],
  },
  {
    id: 'kubernetes-target-port',
    note,
    level: 1,
    title: { ko: '`kubernetes` 서비스의 대상 포트', en: 'The targetPort of `kubernetes`' },
    statement: {
      ko: 'API 서버가 스스로 만드는 `default` 네임스페이스의 서비스 `kubernetes`의 대상 포트(targetPort)는 몇 번인가?',
      en: 'What is the targetPort of the Service `kubernetes` in the `default` namespace, the one the API server creates itself?',
    },
    start: {},
    check: {
      kind: 'answer',
      prompt: { ko: '대상 포트', en: 'targetPort' },
      expected: (c) => String(serviceSpec(c.getObject('services', 'default', 'kubernetes')!).ports?.[0]?.targetPort ?? ''),
      compare: 'number',
    },
    hints: [
      { ko: '`kubectl describe svc kubernetes`의 `TargetPort:` 줄을 본다.', en: 'Read the `TargetPort:` line of `kubectl describe svc kubernetes`.' },
      { ko: '서비스 포트(443)와 대상 포트는 다를 수 있다.', en: 'The Service port (443) and the targetPort can differ.' },
    ],
    solution: { commands: ['kubectl describe svc kubernetes'], answer: '6443' },
    wrongAttempts: [
      { answer: '443', expect: /`443` does not match/ },
      { answer: '8443', expect: /`8443` does not match/ },
    ],
  },
];
