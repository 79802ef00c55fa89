// Seed facts that belong to the Exam habits note (the course's "Certification Tips" lectures).
export default [
  {
    seed: '002_2b61fdecd5a72471.txt:183',
    fact: 'The notes type k for kubectl (k config set-context ...)',
    ko: '강의 노트도 이미 `k config set-context ...`처럼 `k`를 쓴다',
    en: 'the course\'s own notes already type `k config set-context ...`',
  },
  {
    seed: '002_2b61fdecd5a72471.txt:241',
    fact: 'kubectl run nginx --image=nginx --dry-run=client -o yaml',
    ko: '`--dry-run=client`는 보내지 않고 오브젝트만 만들고, `-o yaml`은 그것을 출력하고, `>`는 파일로 저장한다',
    en: '`--dry-run=client` builds the object without sending it, `-o yaml` prints it, and `>` saves it',
  },
  {
    seed: '002_2b61fdecd5a72471.txt:243',
    fact: 'kubectl create deployment nginx --image=nginx --dry-run=client -o yaml > nginx-deployment.yaml',
    ko: 'kubectl create deployment api --image=nginx --replicas=3 $do > api.yaml',
    en: 'kubectl create deployment api --image=nginx --replicas=3 $do > api.yaml',
  },
  {
    seed: '002_2b61fdecd5a72471.txt:247',
    fact: 'kubectl run --help and kubectl create --help show what to type',
    ko: '플래그가 기억나지 않으면 하위 명령마다 `--help`가 예시를 보여 준다',
    en: 'When you forget a flag, `--help` prints examples for every subcommand',
  },
] satisfies import('./types').SeedFact[];
