// Seed facts that belong to the Deployments note, each mapped to the wording that covers it in both languages.
export default [
  {
    seed: '002_2b61fdecd5a72471.txt:172',
    fact: 'A Deployment is like a ReplicaSet but a higher-level object',
    ko: '디플로이먼트는 그 위에서 "새 버전으로 조금씩 갈아 끼우고, 문제가 생기면 되돌리고, 잠시 멈춘다"를 맡는다',
    en: 'the Deployment sits on top of it and adds the parts you need in production',
  },
  {
    seed: '002_2b61fdecd5a72471.txt:173',
    fact: 'Hierarchy: deployment > pod > replicaset',
    correction: 'The chain is Deployment > ReplicaSet > Pod (the Deployment owns ReplicaSets, each ReplicaSet owns Pods).',
    ko: '노트에 적힌 순서를 바로잡으면 **디플로이먼트 > 레플리카셋 > 파드**다',
    en: 'The correct chain is **Deployment > ReplicaSet > Pod**',
  },
  {
    seed: '002_2b61fdecd5a72471.txt:174',
    fact: 'Deployments offer rolling updates, pause and similar features',
    ko: '롤링 업데이트, Recreate, 롤백, 일시 중지와 재개, 진행 기한 감시가 모두 디플로이먼트 쪽 기능이다',
    en: 'rolling updates, Recreate, rollbacks, pause and resume, and watching the progress deadline all live in the Deployment',
  },
  {
    seed: '002_2b61fdecd5a72471.txt:174',
    fact: 'Pause (and resume) a Deployment',
    ko: 'kubectl rollout pause deployment/myapp-deployment',
    en: 'kubectl rollout pause deployment/myapp-deployment',
  },
  {
    seed: '002_2b61fdecd5a72471.txt:188',
    fact: 'Certification tip: the course shows kubectl run',
    correction: 'Since v1.18 kubectl run creates only Pods; Deployments are created with kubectl create deployment.',
    ko: 'v1.18부터 `kubectl run`은 **파드만** 만든다',
    en: 'Since v1.18 `kubectl run` creates **only a Pod**',
  },
  {
    seed: '004_cec7a8c541e40a1c.txt:59',
    fact: 'The Deployment is handled by a controller in the controller manager',
    ko: '디플로이먼트 컨트롤러는 kube-controller-manager에 들어 있는 컨트롤러 중 하나다',
    en: 'The Deployment controller is one of the controllers built into kube-controller-manager',
  },
  {
    seed: '004_cec7a8c541e40a1c.txt:58',
    fact: 'Controller manager: stateless vs stateful workloads',
    ko: '상태를 밖(데이터베이스, 볼륨)에 두는 스테이트리스 앱에 맞다',
    en: 'That suits stateless applications that keep their state elsewhere',
  },
  {
    seed: '004_cec7a8c541e40a1c.txt:60',
    fact: 'Controller manager: StatefulSet',
    ko: '파드마다 고정된 이름, 순서, 자기만의 볼륨이 필요하면 스테이트풀셋(StatefulSet)을 쓴다',
    en: 'When every Pod needs a stable name, an order and a volume of its own, use a StatefulSet',
  },
  {
    seed: '004_cec7a8c541e40a1c.txt:61',
    fact: 'Controller manager: DaemonSet',
    ko: '노드마다 하나씩 띄우는 에이전트는 데몬셋(DaemonSet)(예: kube-proxy)',
    en: 'An agent that must run once per node is a DaemonSet (kube-proxy is one)',
  },
  {
    seed: '004_cec7a8c541e40a1c.txt:62',
    fact: 'Controller manager: Job / CronJob',
    ko: '끝나는 작업은 잡(Job)과 크론잡(CronJob)이 맡는다',
    en: 'work that finishes is a Job or a CronJob',
  },
] satisfies import('./types').SeedFact[];
