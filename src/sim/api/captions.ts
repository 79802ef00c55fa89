/**
 * Helpers for the log captions (Korean 평어체 with the official terms, and English).
 * Korean particles depend on whether the word ends in a final consonant, so captions attach them
 * through these helpers instead of hard-coding 을/를, 이/가, 은/는, 과/와, (으)로.
 */
const NOUN_KO: Record<string, string> = {
  pods: '파드', nodes: '노드', namespaces: '네임스페이스', services: '서비스', endpoints: '엔드포인트',
  events: '이벤트', replicationcontrollers: '레플리케이션컨트롤러', resourcequotas: '리소스쿼터',
  configmaps: '컨피그맵', serviceaccounts: '서비스어카운트', secrets: '시크릿', deployments: '디플로이먼트',
  replicasets: '레플리카셋', daemonsets: '데몬셋', statefulsets: '스테이트풀셋', leases: '리스',
  endpointslices: '엔드포인트슬라이스',
};

const NOUN_EN: Record<string, string> = {
  pods: 'pod', nodes: 'node', namespaces: 'namespace', services: 'service', endpoints: 'endpoints',
  events: 'event', replicationcontrollers: 'ReplicationController', resourcequotas: 'ResourceQuota',
  configmaps: 'ConfigMap', serviceaccounts: 'ServiceAccount', secrets: 'Secret', deployments: 'Deployment',
  replicasets: 'ReplicaSet', daemonsets: 'DaemonSet', statefulsets: 'StatefulSet', leases: 'Lease',
  endpointslices: 'EndpointSlice',
};

export function nounKo(resource: string): string {
  return NOUN_KO[resource] ?? resource;
}

export function nounEn(resource: string): string {
  return NOUN_EN[resource] ?? resource;
}

/** How component names are read aloud in Korean decides their particles (kubelet = 큐블릿 ends in a consonant). */
const ENDS_WITH_CONSONANT: [RegExp, boolean][] = [
  [/^kubectl/, true],
  [/^kubelet/, true],
  [/kubelet$/, true],
  [/kube-proxy$/, false],
  [/컨테이너 런타임$/, true],
  [/^container-runtime/, true],
  [/^etcdctl/, true],
  [/^etcd/, false],
  [/^kube-/, false],
];

function hasFinalConsonant(word: string): boolean {
  for (const [re, value] of ENDS_WITH_CONSONANT) if (re.test(word)) return value;
  const last = word.charCodeAt(word.length - 1);
  if (last >= 0xac00 && last <= 0xd7a3) return (last - 0xac00) % 28 !== 0;
  // Latin names: read letter by letter or as English; l, m, n, k, p, t, b endings sound final.
  return /[lmnkptb]$/i.test(word);
}

/** Attaches a particle pair: josa('파드', '을/를') -> '파드를'; josa('레플리카셋', '을/를') -> '레플리카셋을'. */
export function josa(word: string, pair: '을/를' | '이/가' | '은/는' | '과/와' | '으로/로'): string {
  const consonant = hasFinalConsonant(word);
  const [withC, withoutC] = pair.split('/');
  if (pair === '으로/로') {
    const last = word.charCodeAt(word.length - 1);
    // ㄹ-final words take 로 as well.
    const rieul = last >= 0xac00 && last <= 0xd7a3 && (last - 0xac00) % 28 === 8;
    return word + (consonant && !rieul ? withC : withoutC);
  }
  return word + (consonant ? withC : withoutC);
}

/** '<name> 파드' / 'pod <name>' */
export function objectPhrase(resource: string, name: string | undefined): { ko: string; en: string } {
  const ko = name ? `${name} ${nounKo(resource)}` : nounKo(resource);
  const en = name ? `${nounEn(resource)} ${name}` : `${nounEn(resource)} list`;
  return { ko, en };
}

/** How a component id reads in a sentence: 'kubelet-node01' -> 'node01의 kubelet' / 'the kubelet on node01'. */
export function componentKo(id: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^kubelet-(.+)$/.exec(id))) return `${m[1]}의 kubelet`;
  if ((m = /^container-runtime-(.+)$/.exec(id))) return `${m[1]}의 컨테이너 런타임`;
  if ((m = /^kube-proxy-(.+)$/.exec(id))) return `${m[1]}의 kube-proxy`;
  return id;
}

export function componentEn(id: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^kubelet-(.+)$/.exec(id))) return `the kubelet on ${m[1]}`;
  if ((m = /^container-runtime-(.+)$/.exec(id))) return `the container runtime on ${m[1]}`;
  if ((m = /^kube-proxy-(.+)$/.exec(id))) return `kube-proxy on ${m[1]}`;
  return id;
}
