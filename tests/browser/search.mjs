// Search as a reader types it, through Starlight's search dialog (Pagefind UI with our query and
// result processing). Korean queries run on the Korean site (Pagefind keeps one index per
// language), with and without particles, in English aliases and mixed; English queries on the
// English site.

/** [query, expected note slug, site language]: the note must be among the first three results. */
export const SEARCH_TABLE = [
  ['파드', 'pods', 'ko'],
  ['파드를', 'pods', 'ko'],
  ['파드의 YAML', 'pods', 'ko'],
  ['레플리카셋', 'replicasets', 'ko'],
  ['레플리카셋을', 'replicasets', 'ko'],
  ['replicaset', 'replicasets', 'ko'],
  ['셀렉터', 'replicasets', 'ko'],
  ['노드 컨트롤러', 'kube-controller-manager', 'ko'],
  ['컨트롤러를', 'kube-controller-manager', 'ko'],
  ['etcd 포트', 'etcd', 'ko'],
  ['etcd의', 'etcd', 'ko'],
  ['etcdctl', 'etcd', 'ko'],
  ['스케줄러는', 'kube-scheduler', 'ko'],
  ['스케줄러가 노드를', 'kube-scheduler', 'ko'],
  ['디플로이먼트', 'deployments', 'ko'],
  ['롤링 업데이트', 'deployments', 'ko'],
  ['롤백', 'deployments', 'ko'],
  ['네임스페이스', 'namespaces', 'ko'],
  ['리소스쿼터', 'namespaces', 'ko'],
  ['NodePort', 'services', 'ko'],
  ['로드밸런서', 'services', 'ko'],
  ['kube-proxy는', 'kube-proxy', 'ko'],
  ['iptables', 'kube-proxy', 'ko'],
  ['컨테이너 런타임', 'container-runtime', 'ko'],
  ['도커심', 'container-runtime', 'ko'],
  ['containerd', 'container-runtime', 'ko'],
  ['kubelet은', 'kubelet', 'ko'],
  ['선언형', 'imperative-declarative', 'ko'],
  ['dry-run', 'imperative-declarative', 'ko'],
  ['컨트롤 플레인', 'architecture', 'ko'],
  ['API 서버', 'kube-apiserver', 'ko'],
  ['pods', 'pods', 'en'],
  ['scheduler filter', 'kube-scheduler', 'en'],
  ['rolling update', 'deployments', 'en'],
  ['last-applied-configuration', 'imperative-declarative', 'en'],
  ['resource quota', 'namespaces', 'en'],
  ['dockershim', 'container-runtime', 'en'],
  ['NodePort', 'services', 'en'],
  ['raft', 'etcd', 'en'],
  ['eviction', 'kube-controller-manager', 'en'],
];

/**
 * Everyday wording: synonyms the notes do not use, questions, both names of glossary terms.
 * { query, lang, page (a note slug or 'glossary'), rank: the result must be first (1) or in the
 * top 3, section: the heading id (or glossary anchor) that must be among the sections listed under
 * that result, first when `first` is set }.
 */
export const EVERYDAY_TABLE = [
  { query: '서비스 타입', lang: 'ko', page: 'services', rank: 1 },
  { query: '서비스의 타입은', lang: 'ko', page: 'services', rank: 1 },
  // The snapshot section answers, and so does its end-to-end backup-and-restore subsection.
  { query: 'etcd 백업', lang: 'ko', page: 'etcd', rank: 1, section: ['스냅숏-백업', 'kubeadm-클러스터에서-백업부터-복구까지'], first: true },
  { query: 'etcd 스냅샷', lang: 'ko', page: 'etcd', rank: 1, section: '스냅숏-백업' },
  { query: 'etcd 복원', lang: 'ko', page: 'etcd', rank: 1, section: '스냅숏-백업' },
  { query: '파드를 만드는 방법', lang: 'ko', page: 'pods', rank: 1 },
  { query: '파드 생성', lang: 'ko', page: 'pods', rank: 1 },
  { query: '노드 장애', lang: 'ko', page: 'kube-controller-manager', rank: 3 },
  { query: '노드가 NotReady', lang: 'ko', page: 'kube-controller-manager', rank: 3 },
  { query: '디플로이먼트 되돌리기', lang: 'ko', page: 'deployments', rank: 1, section: '롤백' },
  { query: '디플로이먼트 롤백 방법', lang: 'ko', page: 'deployments', rank: 1, section: '롤백' },
  { query: '디플로이먼트 스케일', lang: 'ko', page: 'deployments', rank: 1 },
  { query: '서비스 포트 차이', lang: 'ko', page: 'services', rank: 1 },
  { query: 'NodePort 범위', lang: 'ko', page: 'services', rank: 1 },
  { query: '기본 네임스페이스 바꾸기', lang: 'ko', page: 'namespaces', rank: 1, section: '기본-네임스페이스-바꾸기' },
  { query: '리소스 쿼터', lang: 'ko', page: 'namespaces', rank: 1 },
  { query: 'YAML 뼈대', lang: 'ko', page: 'imperative-declarative', rank: 1 },
  { query: 'kubelet 하트비트', lang: 'ko', page: 'kubelet', rank: 1, section: '하트비트-노드가-살아-있다는-신호' },
  { query: '스케줄러 필터링', lang: 'ko', page: 'kube-scheduler', rank: 1 },
  { query: 'iptables 규칙', lang: 'ko', page: 'kube-proxy', rank: 1 },
  { query: 'pause 컨테이너', lang: 'ko', page: 'container-runtime', rank: 1 },
  { query: 'EndpointSlice', lang: 'ko', page: 'services', rank: 3 },
  { query: '엔드포인트슬라이스', lang: 'ko', page: 'services', rank: 3 },
  { query: '파드 뜻', lang: 'ko', page: 'glossary', rank: 1, section: 'pod', first: true },
  { query: 'ReplicaSet 뜻', lang: 'ko', page: 'glossary', rank: 1, section: 'replicaset', first: true },
  { query: '용어집', lang: 'ko', page: 'glossary', rank: 1 },
  { query: 'service types', lang: 'en', page: 'services', rank: 1 },
  { query: 'etcd backup', lang: 'en', page: 'etcd', rank: 1, section: ['snapshot-backups', 'backup-and-restore-end-to-end-on-a-kubeadm-cluster'], first: true },
  { query: 'etcd snapshot restore', lang: 'en', page: 'etcd', rank: 1, section: 'snapshot-backups' },
  { query: 'how to create a pod', lang: 'en', page: 'pods', rank: 1 },
  { query: 'node failure', lang: 'en', page: 'kube-controller-manager', rank: 3 },
  { query: 'deployment rollback', lang: 'en', page: 'deployments', rank: 1, section: 'rolling-back' },
  { query: 'undo a deployment', lang: 'en', page: 'deployments', rank: 1 },
  { query: 'scale a replicaset', lang: 'en', page: 'replicasets', rank: 3 },
  { query: 'NodePort range', lang: 'en', page: 'services', rank: 1 },
  { query: 'port vs targetPort', lang: 'en', page: 'services', rank: 1 },
  { query: 'what is a replicaset', lang: 'en', page: 'replicasets', rank: 1 },
  { query: 'kubelet heartbeat', lang: 'en', page: 'kubelet', rank: 1 },
  { query: 'pause container', lang: 'en', page: 'container-runtime', rank: 3 },
  { query: 'imperative vs declarative', lang: 'en', page: 'imperative-declarative', rank: 1 },
  { query: 'kube-proxy modes', lang: 'en', page: 'kube-proxy', rank: 1 },
  { query: '파드', lang: 'en', page: 'glossary', rank: 1, section: 'pod', first: true },
  { query: '레플리카셋', lang: 'en', page: 'glossary', rank: 1, section: 'replicaset', first: true },
  { query: 'pod meaning', lang: 'en', page: 'glossary', rank: 1, section: 'pod', first: true },
  { query: 'glossary', lang: 'en', page: 'glossary', rank: 1 },
];

const RESULT_LINK = ':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > a';

/**
 * Types a query into the search dialog and waits for the results. Returns the first `count` results:
 * the page link, the section links listed under it, and the result's visible text.
 */
export async function searchResults(page, query, count = 3) {
  const input = page.locator('#starlight__search input');
  // One dialog serves a run of queries: it is opened only when it is not open already.
  if (!(await input.isVisible())) await page.locator('button[data-open-modal]').first().click();
  else {
    // The previous query's results must be gone before the next one is typed, or they would be read.
    await input.fill('');
    await page.waitForFunction(() => !document.querySelector('li.pagefind-ui__result') && (document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '') === '', null, { timeout: 45_000 });
  }
  await input.fill(query);
  // While it searches, Pagefind UI shows the "searching" message, which ends in "..." in both
  // languages; the result count or the no-results message replaces it when the search is done.
  // Each result then loads its own data, so wait until the first ones have their page link.
  await page.waitForFunction(
    ([topLink, n]) => {
      const message = document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
      if (message === '' || message.endsWith('...')) return false;
      const results = [...document.querySelectorAll('li.pagefind-ui__result')];
      return results.slice(0, n).every((li) => li.querySelector(topLink));
    },
    [RESULT_LINK, count],
    // Searching on a loaded machine can take longer than the harness's default wait.
    { timeout: 45_000 },
  );
  return page.$$eval(
    'li.pagefind-ui__result',
    (results, [topLink, n]) =>
      results.slice(0, n).map((li) => ({
        href: li.querySelector(topLink)?.getAttribute('href') ?? '',
        sections: [...li.querySelectorAll('.pagefind-ui__result-nested a')].map((a) => a.getAttribute('href') ?? ''),
        text: li.innerText,
      })),
    [RESULT_LINK, count],
  );
}

const pathOf = (href) => decodeURI(href.split('#')[0]);
const fragmentOf = (href) => decodeURIComponent(href.split('#')[1] ?? '');
const siteRoot = (baseUrl, lang) => new URL(baseUrl).pathname + (lang === 'en' ? 'en/' : '');

/** Checks one table query on a page where the search dialog can be used; returns a problem or undefined. */
async function checkTableQuery(page, baseUrl, [query, slug, lang]) {
  const results = await searchResults(page, query);
  const wanted = `${siteRoot(baseUrl, lang)}${slug}/`;
  if (!results.some((r) => pathOf(r.href) === wanted)) return `(${lang}) "${query}": expected ${wanted} in the top 3, got ${JSON.stringify(results.map((r) => r.href))}`;
  return undefined;
}

async function checkEverydayQuery(page, baseUrl, { query, lang, page: target, rank, section, first }) {
  const results = await searchResults(page, query);
  const wanted = `${siteRoot(baseUrl, lang)}${target}/`;
  const at = results.findIndex((r) => pathOf(r.href) === wanted);
  const got = JSON.stringify(results.map((r) => decodeURI(r.href)));
  if (at < 0 || at >= rank) return `(${lang}) "${query}": expected ${wanted} at rank ≤ ${rank}, got ${got}`;
  if (section) {
    // A query may have more than one section that answers it (a section and its subsection).
    const answering = [section].flat();
    const listed = results[at].sections.map(fragmentOf);
    const ok = first ? answering.includes(listed[0]) : listed.some((f) => answering.includes(f));
    if (!ok) return `(${lang}) "${query}": expected #${answering.join(' or #')} ${first ? 'first' : ''} among the sections under ${wanted}, got ${JSON.stringify(listed)}`;
  }
  // Excerpts show the notes' text only: no search keywords and no interface text.
  for (const { text } of results) {
    if (/Keywords:|Topic:/i.test(text)) return `(${lang}) "${query}": a result shows its search metadata: ${text}`;
    if (text.includes('▶')) return `(${lang}) "${query}": a result shows the Run button's text: ${text}`;
  }
  return undefined;
}

// Every query of both tables, run in a few tests per language: each test opens its language's home
// page once and types its queries one after the other into the same search dialog (a page load per
// query cost most of the search tests' time). Every failing query is reported, not only the first.
const QUERIES = [
  ...SEARCH_TABLE.map((row) => ({ lang: row[2], check: (page, baseUrl) => checkTableQuery(page, baseUrl, row) })),
  ...EVERYDAY_TABLE.map((row) => ({ lang: row.lang, check: (page, baseUrl) => checkEverydayQuery(page, baseUrl, row) })),
];
const SHARDS_PER_LANGUAGE = 3;

export const tests = ['ko', 'en'].flatMap((lang) => {
  const mine = QUERIES.filter((q) => q.lang === lang);
  return Array.from({ length: SHARDS_PER_LANGUAGE }, (_, shard) => {
    const queries = mine.filter((_, i) => i % SHARDS_PER_LANGUAGE === shard);
    return {
      name: `search (${lang}): ${queries.length} queries find the notes and sections they should (part ${shard + 1} of ${SHARDS_PER_LANGUAGE})`,
      slow: true,
      async run({ page, baseUrl }) {
        await page.goto(baseUrl + (lang === 'en' ? 'en/' : ''));
        const problems = [];
        for (const q of queries) {
          const problem = await q.check(page, baseUrl);
          if (problem) problems.push(problem);
        }
        if (problems.length) throw new Error(`${problems.length} of ${queries.length} queries failed:\n${problems.join('\n')}`);
      },
    };
  });
});

export const tests_meta = { count: SEARCH_TABLE.length + EVERYDAY_TABLE.length };
