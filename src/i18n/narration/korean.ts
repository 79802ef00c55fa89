// Korean words of the narration: nouns for resources and components, and the particles that
// depend on whether a word ends in a final consonant (받침), so sentences never hard-code 을/를,
// 이/가, 은/는, 과/와 or (으)로.

const NOUN_KO: Record<string, string> = {
  pods: '파드', nodes: '노드', namespaces: '네임스페이스', services: '서비스', endpoints: '엔드포인트',
  events: '이벤트', replicationcontrollers: '레플리케이션컨트롤러', resourcequotas: '리소스쿼터',
  configmaps: '컨피그맵', serviceaccounts: '서비스어카운트', secrets: '시크릿', deployments: '디플로이먼트',
  replicasets: '레플리카셋', daemonsets: '데몬셋', statefulsets: '스테이트풀셋', leases: '리스',
  endpointslices: '엔드포인트슬라이스', jobs: '잡', cronjobs: '크론잡', roles: '롤', rolebindings: '롤바인딩',
  clusterroles: '클러스터롤', clusterrolebindings: '클러스터롤바인딩',
};

/** 'replicasets' -> '레플리카셋' (unknown resources stay as they are). */
export function nounKo(resource: string): string {
  return NOUN_KO[resource] ?? resource;
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
  // Digits are read in Sino-Korean: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant.
  if (/[013678]$/.test(word)) return true;
  if (/[2459]$/.test(word)) return false;
  // Latin names: read letter by letter or as English; l, m, n, k, p, t, b endings sound final.
  return /[lmnkptb]$/i.test(word);
}

export type Particle = '을/를' | '이/가' | '은/는' | '과/와' | '으로/로';

/** Attaches a particle: josa('파드', '을/를') -> '파드를'; josa('레플리카셋', '을/를') -> '레플리카셋을'. */
export function josa(word: string, pair: Particle): string {
  const consonant = hasFinalConsonant(word);
  const [withC, withoutC] = pair.split('/');
  if (pair === '으로/로') {
    const last = word.charCodeAt(word.length - 1);
    // ㄹ-final words (and 1, 7, 8: 일, 칠, 팔) take 로 as well.
    const rieul = (last >= 0xac00 && last <= 0xd7a3 && (last - 0xac00) % 28 === 8) || /[178]$/.test(word);
    return word + (consonant && !rieul ? withC : withoutC);
  }
  return word + (consonant ? withC : withoutC);
}

/** '<name> 파드', or '파드' without a name. */
export function objectKo(resource: string, name: string | undefined): string {
  return name ? `${name} ${nounKo(resource)}` : nounKo(resource);
}

/** How a component id reads in a sentence: 'kubelet-node01' -> 'node01의 kubelet'. */
export function componentKo(id: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^kubelet-(.+)$/.exec(id))) return `${m[1]}의 kubelet`;
  if ((m = /^container-runtime-(.+)$/.exec(id))) return `${m[1]}의 컨테이너 런타임`;
  if ((m = /^kube-proxy-(.+)$/.exec(id))) return `${m[1]}의 kube-proxy`;
  return id;
}
