import type { Scenario } from './types.ts';

export const services: Scenario = {
  id: 'services',
  title: { ko: '서비스로 파드에 닿기', en: 'Reaching pods through a service' },
  summary: {
    ko: '서비스는 셀렉터로 고른 파드 앞에 고정된 IP와 포트를 둔다. NodePort는 모든 노드의 포트(30000-32767)를 연다.',
    en: 'A service puts a stable IP and port in front of the pods its selector picks. NodePort also opens a port (30000-32767) on every node.',
  },
  seed: 1,
  cluster: {},
  // The reader creates the Deployment with the note's own command (the first guided step), so the
  // note's walkthrough succeeds on this cluster.
  steps: [
    {
      caption: {
        ko: 'myapp-deployment.yaml로 디플로이먼트 myapp을 만든다(파드 3개, 레이블 app=myapp, type=front-end).',
        en: 'Create the Deployment myapp from myapp-deployment.yaml (three pods labelled app=myapp, type=front-end).',
      },
      command: 'kubectl create -f myapp-deployment.yaml',
    },
    {
      caption: {
        ko: 'NodePort 서비스 myapp-service를 만든다(nodePort 30008).',
        en: 'Create the NodePort service myapp-service (nodePort 30008).',
      },
      command: 'kubectl create -f service-definition.yaml',
    },
    {
      caption: {
        ko: '서비스의 클러스터 IP와 노드 포트를 확인한다.',
        en: 'Check the service’s cluster IP and node port.',
      },
      command: 'kubectl get service myapp-service',
    },
    {
      caption: {
        ko: '엔드포인트슬라이스에는 셀렉터에 맞는 파드의 IP가 들어 있다.',
        en: 'The EndpointSlice holds the IPs of the pods matching the selector.',
      },
      command: 'kubectl get endpointslices',
    },
    {
      caption: {
        ko: '파드 하나를 지우면 그 IP가 엔드포인트슬라이스에서 빠지고, 새 파드의 IP가 들어오면 kube-proxy가 규칙을 고친다.',
        en: 'Delete a pod: its IP leaves the EndpointSlice, the new pod’s IP joins it, and kube-proxy updates its rules.',
      },
    },
  ],
  panels: ['kube-proxy'],
  faults: ['delete-pod'],
  focus: ['kube-proxy'],
  files: {
    'myapp-deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: myapp
spec:
  replicas: 3
  selector:
    matchLabels:
      app: myapp
      type: front-end
  template:
    metadata:
      labels:
        app: myapp
        type: front-end
    spec:
      containers:
        - name: nginx
          image: nginx
          ports:
            - containerPort: 80
`,
    'service-definition.yaml': `apiVersion: v1
kind: Service
metadata:
  name: myapp-service
spec:
  type: NodePort
  selector:
    app: myapp
    type: front-end
  ports:
    - port: 80
      targetPort: 80
      nodePort: 30008
`,
  },
};
