// The glossary: every term a learner meets in the Core Concepts notes, in the official Korean form
// of the Korean Kubernetes documentation and in English as the exam and kubectl spell it.
// One list feeds the glossary pages (/glossary/, /en/glossary/), the first-use tooltips in the
// notes (src/site/glossary-rehype.ts) and the search aliases (src/site/search-aliases.ts).
// `id` is the entry's anchor on both glossary pages: never change one, links depend on it.
// `match` lists the forms the tooltip plugin looks for in a note's text (the term itself when
// absent); Korean forms match at the start of a word, with a particle or ending after them.

export type GlossaryLang = 'ko' | 'en';
/** A note's slug, one of noteSlugs (src/site/notes.mjs); tests/unit/glossary.test.ts checks it. */
export type NoteSlug = string;

export interface GlossaryTerm {
  readonly term: string;
  /** One line, written natively in the language (not translated from the other one). */
  readonly definition: string;
  readonly match?: readonly string[];
}

export const GLOSSARY_CATEGORIES = [
  { id: 'architecture', ko: '클러스터 구조', en: 'Cluster architecture' },
  { id: 'nodes', ko: '노드와 컨테이너', en: 'Nodes and containers' },
  { id: 'etcd', ko: 'etcd와 저장', en: 'etcd and storage' },
  { id: 'api', ko: 'API와 오브젝트', en: 'The API and objects' },
  { id: 'controllers', ko: '컨트롤러', en: 'Controllers' },
  { id: 'scheduling', ko: '스케줄링과 축출', en: 'Scheduling and eviction' },
  { id: 'workloads', ko: '워크로드', en: 'Workloads' },
  { id: 'networking', ko: '서비스와 네트워킹', en: 'Services and networking' },
  { id: 'namespaces', ko: '네임스페이스와 자원', en: 'Namespaces and resources' },
  { id: 'management', ko: '오브젝트 관리', en: 'Managing objects' },
] as const;

export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number]['id'];

export interface GlossaryEntry {
  readonly id: string;
  readonly category: GlossaryCategory;
  readonly ko: GlossaryTerm;
  readonly en: GlossaryTerm;
  /** The notes that teach the term, the main one first. */
  readonly notes: readonly NoteSlug[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  // Cluster architecture
  {
    id: 'cluster',
    category: 'architecture',
    ko: { term: '클러스터', definition: '컨테이너 애플리케이션을 실행하는 노드들과, 그 노드들을 관리하는 컨트롤 플레인을 한데 묶은 것.' },
    en: { term: 'cluster', definition: 'A set of nodes that run containerised applications, together with the control plane that manages them.' },
    notes: ['architecture'],
  },
  {
    id: 'control-plane',
    category: 'architecture',
    ko: { term: '컨트롤 플레인', definition: '클러스터 전체의 상태를 저장하고 결정을 내리는 컴포넌트 묶음(API 서버, etcd, 스케줄러, 컨트롤러 매니저).' },
    en: { term: 'control plane', definition: 'The components that keep the cluster state and make its decisions: API server, etcd, scheduler and controller manager.' },
    notes: ['architecture', 'kube-apiserver'],
  },
  {
    id: 'worker-node',
    category: 'architecture',
    ko: { term: '워커 노드', definition: '애플리케이션 파드가 실제로 실행되는 노드. kubelet, kube-proxy, 컨테이너 런타임이 돈다.' },
    en: { term: 'worker node', match: ['worker node'], definition: 'A node where application Pods run; it carries a kubelet, kube-proxy and a container runtime.' },
    notes: ['architecture'],
  },
  {
    id: 'node',
    category: 'architecture',
    ko: { term: '노드', definition: '쿠버네티스가 파드를 올릴 수 있는 머신 하나(물리 서버 또는 가상 머신).' },
    en: { term: 'node', definition: 'One machine, physical or virtual, that Kubernetes can place Pods on.' },
    notes: ['architecture', 'kubelet'],
  },
  {
    id: 'component',
    category: 'architecture',
    ko: { term: '컴포넌트', definition: '클러스터를 이루는 프로그램 하나하나. 컨트롤 플레인 컴포넌트와 노드 컴포넌트로 나뉜다.' },
    en: { term: 'component', definition: 'One of the programs a cluster is made of, either on the control plane or on every node.' },
    notes: ['architecture'],
  },
  {
    id: 'kube-apiserver',
    category: 'architecture',
    ko: { term: 'API 서버', match: ['API 서버', 'kube-apiserver'], definition: 'kube-apiserver. 모든 요청을 인증·인가·검증한 뒤 etcd에 읽고 쓰는, 클러스터의 유일한 관문.' },
    en: { term: 'API server', match: ['API server', 'kube-apiserver'], definition: 'kube-apiserver: the single front door of the cluster, which authenticates, authorises and validates every request and alone talks to etcd.' },
    notes: ['kube-apiserver', 'architecture'],
  },
  {
    id: 'kube-scheduler',
    category: 'architecture',
    ko: { term: '스케줄러', match: ['스케줄러', 'kube-scheduler'], definition: 'kube-scheduler. 노드가 정해지지 않은 파드마다 실행할 노드를 골라 바인딩을 만든다.' },
    en: { term: 'scheduler', match: ['scheduler', 'kube-scheduler'], definition: 'kube-scheduler: picks a node for every Pod that has none and records the choice as a binding.' },
    notes: ['kube-scheduler', 'architecture'],
  },
  {
    id: 'kube-controller-manager',
    category: 'architecture',
    ko: { term: '컨트롤러 매니저', match: ['컨트롤러 매니저', 'kube-controller-manager'], definition: 'kube-controller-manager. 노드, 레플리카셋, 디플로이먼트 등 내장 컨트롤러 수십 개를 한 프로세스로 돌린다.' },
    en: { term: 'controller manager', match: ['controller manager', 'kube-controller-manager'], definition: 'kube-controller-manager: one process that runs the built-in controllers (node, ReplicaSet, Deployment and dozens more).' },
    notes: ['kube-controller-manager', 'architecture'],
  },
  {
    id: 'cloud-controller-manager',
    category: 'architecture',
    ko: { term: '클라우드 컨트롤러 매니저', match: ['클라우드 컨트롤러 매니저', 'cloud-controller-manager'], definition: '클라우드 제공자의 API와 연동하는 컨트롤러(로드 밸런서, 노드 수명 등)만 따로 모아 돌리는 컴포넌트.' },
    en: { term: 'cloud-controller-manager', match: ['cloud-controller-manager', 'cloud controller manager'], definition: 'The component that runs the controllers which call a cloud provider’s API, such as load balancers and node lifecycle.' },
    notes: ['architecture', 'kube-controller-manager'],
  },
  {
    id: 'kubelet',
    category: 'architecture',
    ko: { term: 'kubelet', definition: '노드마다 도는 에이전트. 자기 노드에 배정된 파드를 컨테이너 런타임으로 실행하고 상태를 API 서버에 보고한다.' },
    en: { term: 'kubelet', definition: 'The agent on every node: it runs the Pods bound to its node through the container runtime and reports their status.' },
    notes: ['kubelet', 'architecture'],
  },
  {
    id: 'kube-proxy',
    category: 'architecture',
    ko: { term: 'kube-proxy', definition: '노드마다 도는 네트워크 프록시. 서비스 주소로 가는 패킷이 파드에 닿도록 노드의 규칙(iptables 등)을 쓴다.' },
    en: { term: 'kube-proxy', definition: 'The network proxy on each node: it writes the node’s packet rules (iptables by default) so that traffic to a Service reaches a Pod.' },
    notes: ['kube-proxy', 'services'],
  },
  {
    id: 'kubeadm',
    category: 'architecture',
    ko: { term: 'kubeadm', definition: '컨트롤 플레인을 스태틱 파드로 띄워 클러스터를 만들고 노드를 붙이는 공식 설치 도구.' },
    en: { term: 'kubeadm', definition: 'The official tool that bootstraps a cluster, running the control plane as static Pods, and joins nodes to it.' },
    notes: ['architecture', 'kube-apiserver'],
  },
  {
    id: 'kubectl',
    category: 'architecture',
    ko: { term: 'kubectl', definition: 'API 서버에 요청을 보내는 쿠버네티스 명령줄 도구.' },
    en: { term: 'kubectl', definition: 'The Kubernetes command-line client; every command becomes requests to the API server.' },
    notes: ['kube-apiserver', 'imperative-declarative'],
  },
  {
    id: 'kubeconfig',
    category: 'architecture',
    ko: { term: 'kubeconfig', definition: '어느 클러스터에 어떤 사용자로 접속할지(클러스터, 사용자, 컨텍스트)를 적어 둔 kubectl과 컴포넌트의 설정 파일.' },
    en: { term: 'kubeconfig', definition: 'The file that tells kubectl and the components which cluster to reach and as whom: clusters, users and contexts.' },
    notes: ['kube-apiserver', 'namespaces'],
  },
  {
    id: 'static-pod',
    category: 'architecture',
    ko: { term: '스태틱 파드', match: ['스태틱 파드', '스태틱(static) 파드'], definition: 'API 서버를 거치지 않고 kubelet이 노드의 매니페스트 디렉터리(/etc/kubernetes/manifests)를 읽어 직접 띄우는 파드.' },
    en: { term: 'static Pod', match: ['static Pod'], definition: 'A Pod the kubelet starts by itself from a manifest directory on its node (/etc/kubernetes/manifests), without the API server.' },
    notes: ['kubelet', 'architecture'],
  },
  {
    id: 'high-availability',
    category: 'architecture',
    ko: { term: '고가용성', definition: '컨트롤 플레인이나 etcd를 여러 대로 두어, 한 대가 죽어도 클러스터가 계속 동작하게 하는 구성.' },
    en: { term: 'high availability', match: ['high availability', 'highly available'], definition: 'Running several control plane or etcd members so that the cluster keeps working when one of them fails.' },
    notes: ['etcd', 'architecture'],
  },
  {
    id: 'leader-election',
    category: 'architecture',
    ko: { term: '리더 선출', match: ['리더 선출'], definition: '같은 컴포넌트를 여러 개 띄웠을 때 하나만 일하도록 리스(Lease)로 리더를 정하는 방식.' },
    en: { term: 'leader election', match: ['leader election'], definition: 'How several copies of a component agree, through a Lease, that only one of them does the work at a time.' },
    notes: ['kube-controller-manager', 'etcd'],
  },

  // Nodes and containers
  {
    id: 'container',
    category: 'nodes',
    ko: { term: '컨테이너', definition: '이미지로부터 만든, 격리된 환경에서 도는 프로세스. 파드 안에서 실행된다.' },
    en: { term: 'container', definition: 'A process started from an image and isolated from the rest of the machine; in Kubernetes it always runs inside a Pod.' },
    notes: ['pods', 'container-runtime'],
  },
  {
    id: 'image',
    category: 'nodes',
    ko: { term: '이미지', definition: '컨테이너를 만들 때 쓰는 파일 시스템과 실행 설정의 묶음. 레지스트리에서 내려받는다.' },
    en: { term: 'image', definition: 'The packaged file system and start-up settings a container is created from, pulled from a registry.' },
    notes: ['pods', 'container-runtime'],
  },
  {
    id: 'container-runtime',
    category: 'nodes',
    ko: { term: '컨테이너 런타임', definition: 'kubelet의 요청을 받아 이미지를 받고 컨테이너를 실제로 만들고 지우는 소프트웨어(containerd, CRI-O 등).' },
    en: { term: 'container runtime', definition: 'The software that pulls images and creates and removes containers for the kubelet, such as containerd or CRI-O.' },
    notes: ['container-runtime', 'kubelet'],
  },
  {
    id: 'cri',
    category: 'nodes',
    ko: { term: 'CRI', match: ['CRI', '컨테이너 런타임 인터페이스'], definition: '컨테이너 런타임 인터페이스. kubelet이 어떤 런타임과도 같은 방식(gRPC)으로 대화하게 해 주는 규약.' },
    en: { term: 'CRI', match: ['CRI', 'Container Runtime Interface'], definition: 'Container Runtime Interface: the gRPC contract through which the kubelet talks to any container runtime.' },
    notes: ['container-runtime', 'kubelet'],
  },
  {
    id: 'oci',
    category: 'nodes',
    ko: { term: 'OCI', definition: '오픈 컨테이너 이니셔티브. 이미지 형식과 런타임 동작을 정한 표준으로, runc가 그 런타임 명세를 구현한다.' },
    en: { term: 'OCI', definition: 'Open Container Initiative: the standards for image format and container runtime behaviour, which runc implements.' },
    notes: ['container-runtime'],
  },
  {
    id: 'containerd',
    category: 'nodes',
    ko: { term: 'containerd', definition: '도커에서 떨어져 나온 컨테이너 런타임. CRI를 직접 지원해 kubeadm 클러스터에서 가장 흔히 쓰인다.' },
    en: { term: 'containerd', definition: 'A container runtime split out of Docker that speaks CRI directly; the usual runtime of kubeadm clusters.' },
    notes: ['container-runtime', 'kubelet'],
  },
  {
    id: 'docker',
    category: 'nodes',
    ko: { term: '도커', match: ['도커', 'Docker'], definition: '이미지를 만들고 컨테이너를 실행하는 도구. 쿠버네티스 1.24부터 노드의 런타임으로는 직접 쓰이지 않는다.' },
    en: { term: 'Docker', definition: 'A tool to build images and run containers; since Kubernetes 1.24 it is no longer a runtime the kubelet uses directly.' },
    notes: ['container-runtime'],
  },
  {
    id: 'dockershim',
    category: 'nodes',
    ko: { term: '도커심', match: ['도커심', 'dockershim'], definition: 'CRI를 모르는 도커를 kubelet에 잇던 어댑터. 쿠버네티스 1.24에서 제거되었다.' },
    en: { term: 'dockershim', definition: 'The adapter that let the kubelet use Docker, which does not speak CRI; removed in Kubernetes 1.24.' },
    notes: ['container-runtime', 'kubelet'],
  },
  {
    id: 'crictl',
    category: 'nodes',
    ko: { term: 'crictl', definition: 'CRI로 노드의 런타임에 직접 묻는 디버깅용 명령줄 도구. 파드와 컨테이너를 런타임 관점에서 보여 준다.' },
    en: { term: 'crictl', definition: 'A debugging command-line tool that talks CRI to the node’s runtime and shows Pods and containers as the runtime sees them.' },
    notes: ['container-runtime'],
  },
  {
    id: 'pod-sandbox',
    category: 'nodes',
    ko: { term: '파드 샌드박스', match: ['파드 샌드박스', 'pause 컨테이너'], definition: '파드의 네트워크 네임스페이스를 잡아 두는 환경. pause 컨테이너가 그 자리를 지킨다.' },
    en: { term: 'Pod sandbox', match: ['Pod sandbox', 'pause container'], definition: 'The environment that holds a Pod’s network namespace; the pause container keeps it alive.' },
    notes: ['container-runtime'],
  },
  {
    id: 'cni',
    category: 'nodes',
    ko: { term: 'CNI', match: ['CNI', '네트워크 플러그인'], definition: '컨테이너 네트워크 인터페이스. 파드에 IP를 주고 노드 사이 파드 네트워크를 잇는 플러그인의 규약.' },
    en: { term: 'CNI', match: ['CNI', 'network plugin'], definition: 'Container Network Interface: the contract for the plugins that give Pods their IPs and connect the Pod network across nodes.' },
    notes: ['kube-proxy', 'architecture'],
  },
  {
    id: 'heartbeat',
    category: 'nodes',
    ko: { term: '하트비트', definition: 'kubelet이 노드가 살아 있음을 알리려고 주기적으로 갱신하는 신호(노드 리스와 노드 상태).' },
    en: { term: 'heartbeat', definition: 'The signal a kubelet renews regularly to show its node is alive: the node Lease and the node status.' },
    notes: ['kubelet', 'kube-controller-manager'],
  },
  {
    id: 'lease',
    category: 'nodes',
    ko: { term: '리스', match: ['리스(Lease)', '노드 리스', '리스'], definition: '짧은 주기로 갱신하는 작은 오브젝트. 노드 하트비트와 리더 선출에 쓰인다.' },
    en: { term: 'Lease', definition: 'A small object renewed every few seconds, used for node heartbeats and for leader election.' },
    notes: ['kubelet', 'kube-controller-manager'],
  },
  {
    id: 'not-ready',
    category: 'nodes',
    ko: { term: 'NotReady', definition: '노드가 하트비트를 제때 보내지 않아 준비되지 않은 것으로 표시된 상태.' },
    en: { term: 'NotReady', definition: 'The state of a node whose heartbeats stopped arriving in time, so it is marked as not ready for Pods.' },
    notes: ['kube-controller-manager', 'kubelet'],
  },

  // etcd and storage
  {
    id: 'etcd',
    category: 'etcd',
    ko: { term: 'etcd', definition: '클러스터의 모든 오브젝트를 저장하는, 일관성과 고가용성을 갖춘 분산 키-값 저장소.' },
    en: { term: 'etcd', definition: 'The consistent, highly available distributed key-value store that holds every object of the cluster.' },
    notes: ['etcd', 'architecture'],
  },
  {
    id: 'key-value-store',
    category: 'etcd',
    ko: { term: '키-값 저장소', definition: '표 대신 키 하나에 값 하나를 짝지어 저장하는 데이터베이스.' },
    en: { term: 'key-value store', definition: 'A database that stores one value under each key instead of rows in tables.' },
    notes: ['etcd'],
  },
  {
    id: 'etcdctl',
    category: 'etcd',
    ko: { term: 'etcdctl', definition: 'etcd에 키를 쓰고 읽고, 멤버와 스냅숏을 다루는 etcd의 명령줄 클라이언트.' },
    en: { term: 'etcdctl', definition: 'etcd’s command-line client for reading and writing keys, listing members and taking snapshots.' },
    notes: ['etcd'],
  },
  {
    id: 'raft',
    category: 'etcd',
    ko: { term: 'Raft', definition: 'etcd 멤버들이 리더 하나를 뽑고, 과반이 받은 기록만 확정하는 합의 알고리즘.' },
    en: { term: 'Raft', definition: 'The consensus algorithm etcd members use: they elect one leader and commit an entry once a majority holds it.' },
    notes: ['etcd'],
  },
  {
    id: 'quorum',
    category: 'etcd',
    ko: { term: '쿼럼', definition: '쓰기를 확정하는 데 필요한 과반의 멤버 수. 멤버 3개면 2개, 5개면 3개다.' },
    en: { term: 'quorum', definition: 'The majority of members needed to commit a write: two of three, three of five.' },
    notes: ['etcd'],
  },
  {
    id: 'snapshot',
    category: 'etcd',
    ko: { term: '스냅숏', match: ['스냅숏', '스냅샷'], definition: '어느 순간의 etcd 데이터 전체를 파일 하나로 떠 둔 것. 클러스터 백업과 복원에 쓴다.' },
    en: { term: 'snapshot', definition: 'The whole etcd data set at one moment, saved as a single file; it is how a cluster is backed up and restored.' },
    notes: ['etcd'],
  },
  {
    id: 'revision',
    category: 'etcd',
    ko: { term: '리비전', definition: 'etcd에서는 쓰기마다 하나씩 오르는 번호, 디플로이먼트에서는 파드 템플릿 변경마다 남는 기록 번호.' },
    en: { term: 'revision', definition: 'In etcd, a counter raised by every write; in a Deployment, the numbered record left by each change of the Pod template.' },
    notes: ['deployments', 'etcd'],
  },

  // The API and objects
  {
    id: 'object',
    category: 'api',
    ko: { term: '오브젝트', definition: 'API 서버가 저장하는 쿠버네티스 기록 하나. 의도한 상태(spec)와 현재 상태(status)를 담는다.' },
    en: { term: 'object', definition: 'One record the API server stores, holding its desired state (spec) and its observed state (status).' },
    notes: ['pods', 'kube-apiserver'],
  },
  {
    id: 'manifest',
    category: 'api',
    ko: { term: '매니페스트', definition: '오브젝트를 YAML이나 JSON으로 적은 파일. kubectl로 API 서버에 보낸다.' },
    en: { term: 'manifest', definition: 'A file that describes objects in YAML or JSON, to be sent to the API server with kubectl.' },
    notes: ['pods', 'imperative-declarative'],
  },
  {
    id: 'api-version',
    category: 'api',
    ko: { term: 'apiVersion', definition: '오브젝트가 속한 API 그룹과 버전(v1, apps/v1 등). 모든 매니페스트의 필수 필드다.' },
    en: { term: 'apiVersion', definition: 'The API group and version an object belongs to (v1, apps/v1…); a required field of every manifest.' },
    notes: ['pods'],
  },
  {
    id: 'kind',
    category: 'api',
    ko: { term: 'kind', definition: '오브젝트의 종류(Pod, Service, Deployment 등)를 적는 필수 필드.' },
    en: { term: 'kind', definition: 'The required field that names an object’s type: Pod, Service, Deployment and so on.' },
    notes: ['pods'],
  },
  {
    id: 'metadata',
    category: 'api',
    ko: { term: '메타데이터', match: ['메타데이터', 'metadata'], definition: '오브젝트의 이름, 네임스페이스, 레이블, 어노테이션처럼 오브젝트를 가리키고 설명하는 부분.' },
    en: { term: 'metadata', definition: 'The part of an object that names and describes it: name, namespace, labels and annotations.' },
    notes: ['pods'],
  },
  {
    id: 'spec',
    category: 'api',
    ko: { term: 'spec', match: ['spec'], definition: '사용자가 원하는 모습을 적는 부분. 내용은 kind마다 다르다.' },
    en: { term: 'spec', definition: 'The part of an object where you write what you want; its fields depend on the kind.' },
    notes: ['pods'],
  },
  {
    id: 'status',
    category: 'api',
    ko: { term: 'status', match: ['status'], definition: '컨트롤러와 kubelet이 관찰한 실제 모습을 적는 부분. 사용자가 쓰지 않는다.' },
    en: { term: 'status', definition: 'The part of an object where controllers and the kubelet record what they observe; users do not write it.' },
    notes: ['pods', 'kube-controller-manager'],
  },
  {
    id: 'label',
    category: 'api',
    ko: { term: '레이블', definition: '오브젝트에 붙이는 키-값 쌍. 셀렉터가 이것으로 오브젝트를 고른다.' },
    en: { term: 'label', definition: 'A key-value pair attached to an object, which selectors use to pick objects.' },
    notes: ['pods', 'replicasets'],
  },
  {
    id: 'selector',
    category: 'api',
    ko: { term: '셀렉터', definition: '레이블 조건으로 오브젝트를 고르는 방법. 레플리카셋과 서비스가 자기 파드를 이것으로 찾는다.' },
    en: { term: 'selector', definition: 'A label query that picks objects; ReplicaSets and Services find their Pods with one.' },
    notes: ['replicasets', 'services'],
  },
  {
    id: 'annotation',
    category: 'api',
    ko: { term: '어노테이션', definition: '오브젝트에 붙이는 키-값 메모. 레이블과 달리 고르는 데 쓰지 않고 도구나 사람이 읽는다.' },
    en: { term: 'annotation', definition: 'A key-value note on an object, read by tools and people; unlike a label, nothing selects by it.' },
    notes: ['pods', 'imperative-declarative'],
  },
  {
    id: 'authentication',
    category: 'api',
    ko: { term: '인증', definition: '요청을 보낸 사용자나 컴포넌트가 누구인지 확인하는 API 서버의 첫 단계.' },
    en: { term: 'authentication', definition: 'The API server’s first step: establishing who sent the request.' },
    notes: ['kube-apiserver'],
  },
  {
    id: 'authorization',
    category: 'api',
    ko: { term: '인가', definition: '확인된 사용자가 그 동작을 해도 되는지(RBAC 등으로) 판단하는 단계.' },
    en: { term: 'authorization', match: ['authorization', 'authorisation'], definition: 'The step that decides, with RBAC for example, whether the identified caller may do what it asks.' },
    notes: ['kube-apiserver'],
  },
  {
    id: 'admission-controller',
    category: 'api',
    ko: { term: '어드미션', match: ['어드미션 컨트롤러', '어드미션'], definition: '인가를 통과한 요청을 저장하기 전에 고치거나 거절하는 API 서버 안의 플러그인.' },
    en: { term: 'admission', match: ['admission controller', 'admission control', 'admission'], definition: 'A plug-in inside the API server that may change or reject a request after authorisation and before it is stored.' },
    notes: ['kube-apiserver', 'namespaces'],
  },
  {
    id: 'watch',
    category: 'api',
    ko: { term: 'watch', match: ['watch', '워치'], definition: '오브젝트가 바뀔 때마다 API 서버가 변경 이벤트를 흘려 보내 주는 요청 방식. 컨트롤러와 kubelet이 이것으로 일을 안다.' },
    en: { term: 'watch', match: ['watches', 'watch request', 'watch connection'], definition: 'A request the API server answers with a stream of change events; controllers and kubelets learn their work this way.' },
    notes: ['kube-apiserver', 'kube-controller-manager'],
  },

  // Controllers
  {
    id: 'controller',
    category: 'controllers',
    ko: { term: '컨트롤러', definition: '클러스터의 현재 상태를 지켜보다가 의도한 상태에 맞도록 바꾸는 프로그램.' },
    en: { term: 'controller', definition: 'A program that watches the cluster’s current state and changes it towards the desired state.' },
    notes: ['kube-controller-manager'],
  },
  {
    id: 'control-loop',
    category: 'controllers',
    ko: { term: '컨트롤 루프', definition: '관찰하고, 의도한 상태와 비교하고, 차이를 줄이는 일을 끝없이 되풀이하는 컨트롤러의 동작 방식.' },
    en: { term: 'control loop', definition: 'Observe, compare with the desired state, act on the difference, and repeat: how every controller works.' },
    notes: ['kube-controller-manager', 'architecture'],
  },
  {
    id: 'desired-state',
    category: 'controllers',
    ko: { term: '의도한 상태', definition: '사용자가 spec에 적어 둔, 클러스터가 도달해야 할 모습.' },
    en: { term: 'desired state', definition: 'What the user wrote in the spec: the state the cluster should reach.' },
    notes: ['kube-controller-manager', 'imperative-declarative'],
  },
  {
    id: 'current-state',
    category: 'controllers',
    ko: { term: '현재 상태', match: ['현재 상태', '실제 상태'], definition: '지금 클러스터에서 실제로 관찰되는 모습. 컨트롤러는 이것을 의도한 상태에 가깝게 만든다.' },
    en: { term: 'current state', match: ['current state', 'actual state', 'observed state'], definition: 'What is actually observed in the cluster right now; controllers move it towards the desired state.' },
    notes: ['kube-controller-manager'],
  },
  {
    id: 'node-controller',
    category: 'controllers',
    ko: { term: '노드 컨트롤러', definition: '노드의 하트비트를 살피다 끊긴 노드를 NotReady로 표시하고 테인트를 붙이는 컨트롤러.' },
    en: { term: 'node controller', definition: 'The controller that watches node heartbeats, marks silent nodes NotReady and taints them.' },
    notes: ['kube-controller-manager'],
  },
  {
    id: 'replication-controller',
    category: 'controllers',
    ko: { term: '레플리케이션 컨트롤러', match: ['레플리케이션 컨트롤러', '레플리케이션컨트롤러'], definition: '파드 수를 일정하게 유지하던 예전 오브젝트. 집합 기준 셀렉터를 쓰는 레플리카셋으로 대체되었다.' },
    en: { term: 'ReplicationController', match: ['ReplicationController', 'replication controller'], definition: 'The older object that kept a number of Pods running; ReplicaSet, with set-based selectors, replaced it.' },
    notes: ['replicasets', 'kube-controller-manager'],
  },
  {
    id: 'owner-reference',
    category: 'controllers',
    ko: { term: 'ownerReferences', match: ['ownerReferences'], definition: '오브젝트가 누구에게 속하는지 적는 메타데이터. 소유자를 지우면 가비지 컬렉터가 딸린 오브젝트도 지운다.' },
    en: { term: 'ownerReferences', match: ['ownerReferences', 'owner reference'], definition: 'Metadata naming the object that owns this one; when the owner goes, the garbage collector removes what it owned.' },
    notes: ['replicasets', 'deployments'],
  },
  {
    id: 'garbage-collection',
    category: 'controllers',
    ko: { term: '가비지 수집', match: ['가비지 수집', '가비지(Garbage) 수집', '가비지 컬렉션', '가비지 컬렉터'], definition: '소유자가 사라진 오브젝트를 찾아 지우는 컨트롤러의 일.' },
    en: { term: 'garbage collection', match: ['garbage collection', 'garbage collector'], definition: 'The controller work that deletes objects whose owner no longer exists.' },
    notes: ['replicasets'],
  },
  {
    id: 'self-healing',
    category: 'controllers',
    ko: { term: '자가 치유', match: ['자가 치유', '자가치유'], definition: '파드나 노드가 죽으면 컨트롤러가 알아서 대신할 파드를 만드는 쿠버네티스의 성질.' },
    en: { term: 'self-healing', match: ['self-healing', 'self-heal', 'heals itself'], definition: 'The way controllers replace failed Pods on their own, without anyone asking.' },
    notes: ['replicasets', 'kube-controller-manager'],
  },

  // Scheduling and eviction
  {
    id: 'scheduling',
    category: 'scheduling',
    ko: { term: '스케줄링', definition: '파드를 실행할 노드를 정하는 일. 필터링으로 후보를 추리고 스코어링으로 하나를 고른다.' },
    en: { term: 'scheduling', definition: 'Choosing the node a Pod will run on: filtering narrows the candidates, scoring picks one.' },
    notes: ['kube-scheduler'],
  },
  {
    id: 'filtering',
    category: 'scheduling',
    ko: { term: '필터링', definition: '스케줄링의 첫 단계. 자원이 모자라거나 조건이 맞지 않는 노드를 후보에서 뺀다.' },
    en: { term: 'filtering', match: ['filtering'], definition: 'The first phase of scheduling: nodes that lack resources or fail a condition drop out.' },
    notes: ['kube-scheduler'],
  },
  {
    id: 'scoring',
    category: 'scheduling',
    ko: { term: '스코어링', definition: '스케줄링의 두 번째 단계. 남은 노드마다 점수를 매겨 가장 높은 노드를 고른다.' },
    en: { term: 'scoring', match: ['scoring'], definition: 'The second phase of scheduling: each remaining node gets a score and the highest wins.' },
    notes: ['kube-scheduler'],
  },
  {
    id: 'binding',
    category: 'scheduling',
    ko: { term: '바인딩', definition: '스케줄러가 고른 노드를 파드에 적는 API 요청(Binding). 그러면 파드의 spec.nodeName이 채워진다.' },
    en: { term: 'binding', definition: 'The API request (a Binding) by which the scheduler assigns a Pod to a node, filling in spec.nodeName.' },
    notes: ['kube-scheduler', 'kube-apiserver'],
  },
  {
    id: 'node-name',
    category: 'scheduling',
    ko: { term: 'nodeName', definition: '파드가 실행될 노드를 적는 spec 필드. 직접 적으면 스케줄러를 거치지 않는다.' },
    en: { term: 'nodeName', definition: 'The Pod spec field naming its node; set it yourself and the scheduler is skipped.' },
    notes: ['kube-scheduler'],
  },
  {
    id: 'pending',
    category: 'scheduling',
    ko: { term: 'Pending', definition: '파드가 받아들여졌지만 아직 실행되지 않은 단계. 노드를 못 찾은 파드도 여기 머문다.' },
    en: { term: 'Pending', definition: 'The phase of a Pod that was accepted but is not running yet, including one no node could take.' },
    notes: ['kube-scheduler', 'pods'],
  },
  {
    id: 'resource-request',
    category: 'scheduling',
    ko: { term: '요청', match: ['요청(request)', '리소스 요청', '자원 요청'], definition: '컨테이너가 최소한 필요하다고 밝힌 CPU·메모리 양(requests). 스케줄러는 이 값으로 노드를 고른다.' },
    en: { term: 'resource request', match: ['resource request', 'requests and limits', 'CPU request', 'memory request'], definition: 'The CPU and memory a container says it needs at least (requests); the scheduler places Pods by these numbers.' },
    notes: ['kube-scheduler', 'namespaces'],
  },
  {
    id: 'resource-limit',
    category: 'scheduling',
    ko: { term: '한도', match: ['한도', '리소스 한도'], definition: '컨테이너가 넘을 수 없는 CPU·메모리 양(limits). 메모리 한도를 넘으면 컨테이너가 종료된다.' },
    en: { term: 'resource limit', match: ['resource limit', 'memory limit', 'CPU limit', 'limits'], definition: 'The CPU and memory a container may not exceed (limits); going over the memory limit kills the container.' },
    notes: ['namespaces', 'kube-scheduler'],
  },
  {
    id: 'taint',
    category: 'scheduling',
    ko: { term: '테인트', definition: '노드에 붙여, 그것을 견디지 못하는 파드가 오지 못하게(또는 쫓겨나게) 하는 표시.' },
    en: { term: 'taint', definition: 'A mark on a node that keeps away, or evicts, every Pod that does not tolerate it.' },
    notes: ['kube-scheduler', 'kube-controller-manager'],
  },
  {
    id: 'toleration',
    category: 'scheduling',
    ko: { term: '톨러레이션', definition: '파드가 특정 테인트를 견딜 수 있다고 밝히는 설정.' },
    en: { term: 'toleration', definition: 'A Pod setting that declares it can stand a particular taint.' },
    notes: ['kube-scheduler', 'kube-controller-manager'],
  },
  {
    id: 'eviction',
    category: 'scheduling',
    ko: { term: '축출', definition: '노드에서 파드를 내보내는 일. 응답 없는 노드의 파드는 테인트 기반 축출로 지워진다.' },
    en: { term: 'eviction', match: ['eviction', 'evict', 'evicted'], definition: 'Removing Pods from a node; Pods on an unresponsive node go through taint-based eviction.' },
    notes: ['kube-controller-manager', 'kubelet'],
  },

  // Workloads
  {
    id: 'pod',
    category: 'workloads',
    ko: { term: '파드', definition: '쿠버네티스가 만들고 관리하는 가장 작은 단위. 네트워크와 저장소를 함께 쓰는 컨테이너 하나 이상의 묶음이다.' },
    en: { term: 'Pod', definition: 'The smallest unit Kubernetes creates and manages: one or more containers that share a network and storage.' },
    notes: ['pods'],
  },
  {
    id: 'multi-container-pod',
    category: 'workloads',
    ko: { term: '멀티 컨테이너 파드', match: ['멀티 컨테이너 파드', '멀티컨테이너 파드', '멀티 컨테이너', '멀티컨테이너', '여러 컨테이너'], definition: '서로 떼어 놓을 수 없는 컨테이너 여럿을 한 파드에 넣은 것. localhost와 볼륨을 함께 쓴다.' },
    en: { term: 'multi-container Pod', match: ['multi-container Pod', 'multi-container'], definition: 'A Pod holding several containers that belong together and share localhost and volumes.' },
    notes: ['pods'],
  },
  {
    id: 'sidecar',
    category: 'workloads',
    ko: { term: '사이드카', definition: '주 컨테이너 곁에서 로그 수집, 프록시 같은 보조 일을 하는 컨테이너.' },
    en: { term: 'sidecar', definition: 'A helper container that runs next to the main one, for example to ship logs or proxy traffic.' },
    notes: ['pods'],
  },
  {
    id: 'init-container',
    category: 'workloads',
    ko: { term: '초기화 컨테이너', definition: '앱 컨테이너보다 먼저, 하나씩 차례로 실행되어 끝나야 하는 컨테이너.' },
    en: { term: 'init container', definition: 'A container that runs to completion, one after another, before the app containers start.' },
    notes: ['pods', 'kube-scheduler'],
  },
  {
    id: 'workload',
    category: 'workloads',
    ko: { term: '워크로드', definition: '클러스터에서 실행하는 애플리케이션. 파드로 돌고, 보통 디플로이먼트 같은 컨트롤러가 관리한다.' },
    en: { term: 'workload', definition: 'An application running on the cluster, in Pods usually managed by a controller such as a Deployment.' },
    notes: ['deployments', 'architecture'],
  },
  {
    id: 'replicaset',
    category: 'workloads',
    ko: { term: '레플리카셋', definition: '셀렉터에 맞는 파드가 늘 정해진 수만큼 돌도록 모자라면 만들고 넘치면 지우는 오브젝트.' },
    en: { term: 'ReplicaSet', definition: 'An object that keeps a set number of Pods matching its selector, creating or deleting Pods to get there.' },
    notes: ['replicasets', 'deployments'],
  },
  {
    id: 'replicas',
    category: 'workloads',
    ko: { term: '레플리카', definition: '같은 파드 템플릿으로 만든 파드의 사본. 그 개수를 replicas 필드에 적는다.' },
    en: { term: 'replicas', match: ['replicas'], definition: 'Copies of a Pod made from one template; their number goes in the replicas field.' },
    notes: ['replicasets', 'deployments'],
  },
  {
    id: 'pod-template',
    category: 'workloads',
    ko: { term: '파드 템플릿', match: ['파드 템플릿'], definition: '레플리카셋이나 디플로이먼트가 새 파드를 만들 때 찍어 내는 틀(spec.template).' },
    en: { term: 'Pod template', match: ['Pod template'], definition: 'The mould (spec.template) from which a ReplicaSet or Deployment stamps out new Pods.' },
    notes: ['replicasets', 'deployments'],
  },
  {
    id: 'deployment',
    category: 'workloads',
    ko: { term: '디플로이먼트', definition: '레플리카셋을 만들고 바꿔 가며 파드를 롤링 업데이트하고 롤백하게 해 주는 오브젝트.' },
    en: { term: 'Deployment', definition: 'An object that manages ReplicaSets so that Pods can be updated gradually and rolled back.' },
    notes: ['deployments'],
  },
  {
    id: 'daemonset',
    category: 'workloads',
    ko: { term: '데몬셋', definition: '노드마다 파드를 하나씩 띄우는 오브젝트. kube-proxy가 흔히 이렇게 배포된다.' },
    en: { term: 'DaemonSet', definition: 'An object that runs one Pod on every node; kube-proxy is commonly deployed as one.' },
    notes: ['kube-proxy', 'architecture'],
  },
  {
    id: 'rolling-update',
    category: 'workloads',
    ko: { term: '롤링 업데이트', definition: '파드를 한꺼번에 바꾸지 않고 새 파드를 조금씩 띄우며 옛 파드를 줄여 가는 디플로이먼트의 기본 전략.' },
    en: { term: 'rolling update', match: ['rolling update', 'RollingUpdate'], definition: 'The default Deployment strategy: bring up new Pods a few at a time while scaling the old ones down.' },
    notes: ['deployments'],
  },
  {
    id: 'recreate',
    category: 'workloads',
    ko: { term: 'Recreate', definition: '옛 파드를 모두 지운 다음 새 파드를 띄우는 디플로이먼트 전략. 그 사이에 서비스가 끊긴다.' },
    en: { term: 'Recreate', definition: 'The Deployment strategy that deletes all old Pods before starting new ones, with downtime in between.' },
    notes: ['deployments'],
  },
  {
    id: 'rollout',
    category: 'workloads',
    ko: { term: '롤아웃', definition: '디플로이먼트가 새 리비전으로 파드를 바꿔 나가는 과정. kubectl rollout으로 보고 다룬다.' },
    en: { term: 'rollout', definition: 'A Deployment moving its Pods to a new revision, watched and steered with kubectl rollout.' },
    notes: ['deployments'],
  },
  {
    id: 'rollback',
    category: 'workloads',
    ko: { term: '롤백', definition: '디플로이먼트를 이전 리비전의 파드 템플릿으로 되돌리는 것(kubectl rollout undo).' },
    en: { term: 'rollback', match: ['rollback', 'roll back', 'rolled back'], definition: 'Returning a Deployment to an earlier revision’s Pod template (kubectl rollout undo).' },
    notes: ['deployments'],
  },
  {
    id: 'scale',
    category: 'workloads',
    ko: { term: '스케일', definition: '레플리카 수를 늘리거나 줄이는 것(kubectl scale).' },
    en: { term: 'scale', match: ['scale', 'scaling', 'scaled'], definition: 'Raising or lowering the number of replicas (kubectl scale).' },
    notes: ['replicasets', 'deployments'],
  },
  {
    id: 'max-surge',
    category: 'workloads',
    ko: { term: 'maxSurge', definition: '롤링 업데이트 중 replicas보다 더 띄워도 되는 파드 수. 기본 25%.' },
    en: { term: 'maxSurge', definition: 'How many Pods above replicas a rolling update may run; 25% by default.' },
    notes: ['deployments'],
  },
  {
    id: 'max-unavailable',
    category: 'workloads',
    ko: { term: 'maxUnavailable', definition: '롤링 업데이트 중 준비되지 않아도 되는 파드 수. 기본 25%.' },
    en: { term: 'maxUnavailable', definition: 'How many Pods may be unavailable during a rolling update; 25% by default.' },
    notes: ['deployments'],
  },

  // Services and networking
  {
    id: 'service',
    category: 'networking',
    ko: { term: '서비스', definition: '레이블로 고른 파드 묶음에 바뀌지 않는 가상 IP와 DNS 이름을 붙여 주는 오브젝트.' },
    en: { term: 'Service', definition: 'An object that gives the Pods picked by a selector one stable virtual IP and DNS name.' },
    notes: ['services', 'kube-proxy'],
  },
  {
    id: 'cluster-ip',
    category: 'networking',
    ko: { term: 'ClusterIP', match: ['ClusterIP', '클러스터 IP'], definition: '기본 서비스 유형. 클러스터 안에서만 닿는 가상 IP를 준다.' },
    en: { term: 'ClusterIP', match: ['ClusterIP', 'cluster IP'], definition: 'The default Service type: a virtual IP reachable only from inside the cluster.' },
    notes: ['services'],
  },
  {
    id: 'node-port',
    category: 'networking',
    ko: { term: 'NodePort', definition: '모든 노드의 같은 포트(기본 30000-32767)로 서비스를 클러스터 밖에 여는 서비스 유형.' },
    en: { term: 'NodePort', definition: 'The Service type that opens the same port (30000-32767 by default) on every node to reach the Service from outside.' },
    notes: ['services'],
  },
  {
    id: 'load-balancer',
    category: 'networking',
    ko: { term: 'LoadBalancer', match: ['LoadBalancer', '로드 밸런서', '로드밸런서'], definition: '클라우드의 외부 로드 밸런서를 만들어 NodePort 앞에 세우는 서비스 유형.' },
    en: { term: 'LoadBalancer', match: ['LoadBalancer', 'load balancer'], definition: 'The Service type that asks the cloud for an external load balancer in front of a NodePort.' },
    notes: ['services'],
  },
  {
    id: 'service-type',
    category: 'networking',
    ko: { term: '서비스 유형', match: ['서비스 유형', 'ClusterIP 유형', 'NodePort 유형', 'LoadBalancer 유형'], definition: '서비스를 어디까지 노출할지 정하는 type 필드(ClusterIP, NodePort, LoadBalancer, ExternalName).' },
    en: { term: 'Service type', match: ['Service type', 'ClusterIP type', 'NodePort type', 'LoadBalancer type'], definition: 'The type field saying how far a Service is exposed: ClusterIP, NodePort, LoadBalancer or ExternalName.' },
    notes: ['services'],
  },
  {
    id: 'target-port',
    category: 'networking',
    ko: { term: 'targetPort', definition: '서비스로 들어온 요청이 최종적으로 닿는 파드(컨테이너)의 포트. 생략하면 port와 같다.' },
    en: { term: 'targetPort', definition: 'The Pod (container) port a Service forwards to; it defaults to the Service’s port.' },
    notes: ['services'],
  },
  {
    id: 'endpoint',
    category: 'networking',
    ko: { term: '엔드포인트', definition: '서비스 뒤에서 실제로 요청을 받는 파드의 IP와 포트 쌍.' },
    en: { term: 'endpoint', definition: 'The IP and port of one Pod that actually receives a Service’s traffic.' },
    notes: ['services', 'kube-proxy'],
  },
  {
    id: 'endpointslice',
    category: 'networking',
    ko: { term: '엔드포인트슬라이스', definition: '한 서비스의 엔드포인트 목록을 조각으로 나눠 담는 오브젝트. kube-proxy가 이것을 watch한다.' },
    en: { term: 'EndpointSlice', definition: 'An object holding a slice of one Service’s endpoints; kube-proxy watches these.' },
    notes: ['services', 'kube-proxy'],
  },
  {
    id: 'iptables',
    category: 'networking',
    ko: { term: 'iptables', definition: '리눅스 커널의 패킷 규칙. kube-proxy의 기본 모드가 서비스 주소를 파드 주소로 바꾸는 데(DNAT) 쓴다.' },
    en: { term: 'iptables', definition: 'Linux kernel packet rules; kube-proxy’s default mode uses them to rewrite Service addresses to Pod addresses (DNAT).' },
    notes: ['kube-proxy'],
  },
  {
    id: 'proxy-mode',
    category: 'networking',
    ko: { term: '프록시 모드', match: ['프록시 모드', 'IPVS', 'nftables'], definition: 'kube-proxy가 규칙을 쓰는 방식(iptables, IPVS, nftables).' },
    en: { term: 'proxy mode', match: ['proxy mode', 'IPVS', 'nftables'], definition: 'How kube-proxy programs the node: iptables, IPVS or nftables.' },
    notes: ['kube-proxy'],
  },
  {
    id: 'pod-network',
    category: 'networking',
    ko: { term: '파드 네트워크', definition: '모든 파드가 NAT 없이 서로 닿게 해 주는 클러스터 전체의 네트워크. CNI 플러그인이 만든다.' },
    en: { term: 'Pod network', definition: 'The cluster-wide network, built by a CNI plugin, on which every Pod reaches every other Pod without NAT.' },
    notes: ['kube-proxy'],
  },
  {
    id: 'cluster-dns',
    category: 'networking',
    ko: { term: 'CoreDNS', match: ['CoreDNS', '클러스터 DNS'], definition: '서비스 이름을 클러스터 IP로 풀어 주는 클러스터 DNS 서버.' },
    en: { term: 'CoreDNS', match: ['CoreDNS', 'cluster DNS'], definition: 'The cluster DNS server that resolves Service names to their cluster IPs.' },
    notes: ['services', 'namespaces'],
  },

  // Namespaces and resources
  {
    id: 'namespace',
    category: 'namespaces',
    ko: { term: '네임스페이스', definition: '한 클러스터 안의 오브젝트 이름을 나누는 공간. 같은 이름도 네임스페이스가 다르면 함께 쓸 수 있다.' },
    en: { term: 'Namespace', definition: 'A space that divides object names inside one cluster; the same name may exist once per namespace.' },
    notes: ['namespaces'],
  },
  {
    id: 'default-namespace',
    category: 'namespaces',
    ko: { term: 'default 네임스페이스', match: ['default 네임스페이스', '기본 네임스페이스'], definition: '네임스페이스를 적지 않은 요청이 향하는 네임스페이스.' },
    en: { term: 'default namespace', match: ['default namespace'], definition: 'The namespace a request goes to when it names none.' },
    notes: ['namespaces'],
  },
  {
    id: 'kube-system',
    category: 'namespaces',
    ko: { term: 'kube-system', definition: '쿠버네티스 자신의 컴포넌트(API 서버, CoreDNS, kube-proxy 등)가 도는 네임스페이스.' },
    en: { term: 'kube-system', definition: 'The namespace where Kubernetes’ own components run: API server, CoreDNS, kube-proxy and others.' },
    notes: ['namespaces', 'architecture'],
  },
  {
    id: 'resource-quota',
    category: 'namespaces',
    ko: { term: '리소스쿼터', match: ['리소스쿼터', '리소스 쿼터'], definition: '네임스페이스 하나가 쓸 수 있는 자원 총량과 오브젝트 수를 제한하는 오브젝트(ResourceQuota).' },
    en: { term: 'ResourceQuota', match: ['ResourceQuota', 'resource quota'], definition: 'An object capping the total resources and object counts one namespace may use.' },
    notes: ['namespaces'],
  },
  {
    id: 'limit-range',
    category: 'namespaces',
    ko: { term: '리밋레인지', match: ['리밋레인지', 'LimitRange'], definition: '네임스페이스의 컨테이너마다 기본 요청·한도와 최솟값·최댓값을 정하는 오브젝트(LimitRange).' },
    en: { term: 'LimitRange', definition: 'An object setting per-container default requests and limits, and their minimum and maximum, in a namespace.' },
    notes: ['namespaces'],
  },
  {
    id: 'context',
    category: 'namespaces',
    ko: { term: '컨텍스트', definition: 'kubeconfig에서 클러스터, 사용자, 기본 네임스페이스를 묶은 이름. kubectl은 현재 컨텍스트를 쓴다.' },
    en: { term: 'context', definition: 'A named kubeconfig pairing of cluster, user and default namespace; kubectl uses the current one.' },
    notes: ['namespaces'],
  },
  {
    id: 'fqdn',
    category: 'namespaces',
    ko: { term: '서비스 DNS 이름', match: ['DNS 이름'], definition: '<서비스>.<네임스페이스>.svc.cluster.local 꼴의 이름. 다른 네임스페이스의 서비스를 부를 때 쓴다.' },
    en: { term: 'Service DNS name', match: ['DNS name'], definition: 'A name of the form <service>.<namespace>.svc.cluster.local, used to reach a Service in another namespace.' },
    notes: ['namespaces', 'services'],
  },

  // Managing objects
  {
    id: 'imperative-command',
    category: 'management',
    ko: { term: '명령형 커맨드', match: ['명령형 커맨드', '명령형'], definition: 'kubectl run, create, expose처럼 할 일을 명령 한 줄로 바로 시키는 방식.' },
    en: { term: 'imperative command', match: ['imperative command', 'imperative'], definition: 'Telling the cluster what to do in one command line, such as kubectl run, create or expose.' },
    notes: ['imperative-declarative'],
  },
  {
    id: 'imperative-object-configuration',
    category: 'management',
    ko: { term: '명령형 오브젝트 구성', definition: '파일을 주고 create, replace, delete처럼 무엇을 할지 직접 정하는 방식.' },
    en: { term: 'imperative object configuration', definition: 'Passing a file and saying what to do with it yourself: create, replace or delete.' },
    notes: ['imperative-declarative'],
  },
  {
    id: 'declarative-object-configuration',
    category: 'management',
    ko: { term: '선언형 오브젝트 구성', match: ['선언형 오브젝트 구성', '선언형'], definition: '원하는 모습을 파일에 적어 kubectl apply에 맡기면, 만들지 고칠지를 kubectl이 알아서 정하는 방식.' },
    en: { term: 'declarative object configuration', match: ['declarative object configuration', 'declarative'], definition: 'Writing the wanted state in files and letting kubectl apply work out whether to create or change.' },
    notes: ['imperative-declarative'],
  },
  {
    id: 'kubectl-apply',
    category: 'management',
    ko: { term: 'kubectl apply', definition: '파일과 활성 오브젝트, 지난번 적용한 구성을 비교해 필요한 변경만 보내는 선언형 명령.' },
    en: { term: 'kubectl apply', definition: 'The declarative command that compares the file, the live object and the last applied configuration, and sends only the needed change.' },
    notes: ['imperative-declarative'],
  },
  {
    id: 'live-object',
    category: 'management',
    ko: { term: '활성 오브젝트', definition: '지금 클러스터(etcd)에 저장되어 있는 오브젝트 그 자체.' },
    en: { term: 'live object', match: ['live object', 'live configuration'], definition: 'The object as it is stored in the cluster (etcd) right now.' },
    notes: ['imperative-declarative'],
  },
  {
    id: 'last-applied-configuration',
    category: 'management',
    ko: { term: 'last-applied-configuration', definition: 'kubectl apply가 지난번에 적용한 파일 내용을 JSON으로 남겨 두는 어노테이션.' },
    en: { term: 'last-applied-configuration', definition: 'The annotation where kubectl apply keeps, as JSON, the file it applied last time.' },
    notes: ['imperative-declarative'],
  },
  {
    id: 'dry-run',
    category: 'management',
    ko: { term: 'dry-run', match: ['dry-run', '--dry-run'], definition: '오브젝트를 실제로 만들지 않고 결과만 보여 주는 옵션. --dry-run=client -o yaml로 YAML 뼈대를 얻는다.' },
    en: { term: 'dry-run', match: ['dry-run', '--dry-run'], definition: 'An option that shows the result without creating anything; --dry-run=client -o yaml gives a YAML skeleton.' },
    notes: ['imperative-declarative', 'pods'],
  },
  {
    id: 'yaml',
    category: 'management',
    ko: { term: 'YAML', definition: '들여쓰기로 구조를 나타내는 데이터 형식. 쿠버네티스 매니페스트를 보통 이것으로 쓴다.' },
    en: { term: 'YAML', definition: 'A data format that shows structure by indentation, the usual way to write Kubernetes manifests.' },
    notes: ['pods', 'imperative-declarative'],
  },
];

/** The entry's anchor on a glossary page. */
export const glossaryAnchor = (entry: GlossaryEntry): string => entry.id;

/** The glossary page of a language, under the site's base path. */
export function glossaryPath(base: string, lang: GlossaryLang): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return lang === 'ko' ? `${root}glossary/` : `${root}en/glossary/`;
}

export const otherLang = (lang: GlossaryLang): GlossaryLang => (lang === 'ko' ? 'en' : 'ko');
