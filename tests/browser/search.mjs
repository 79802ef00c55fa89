// Search as a reader types it. Korean queries run on the Korean site (Pagefind keeps one index
// per language), with and without particles, in English aliases and mixed; English queries on
// the English site. The expected note must be among the first three results.

/** [query, expected note slug, site language] */
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

async function topResults(page, query) {
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('#starlight__search input');
  await input.fill(query);
  // While it searches, Pagefind UI shows the "searching" message, which ends in "..." in both
  // languages; the result count or the no-results message replaces it when the search is done.
  // Each result then loads its own data, so wait until the first three have their page link.
  const TOP_LINK = ':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > a';
  await page.waitForFunction((topLink) => {
    const message = document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
    if (message === '' || message.endsWith('...')) return false;
    const results = [...document.querySelectorAll('li.pagefind-ui__result')];
    return results.slice(0, 3).every((li) => li.querySelector(topLink));
  }, TOP_LINK);
  return page.$$eval(
    'li.pagefind-ui__result',
    (results, topLink) => results.slice(0, 3).map((li) => li.querySelector(topLink)?.getAttribute('href') ?? ''),
    TOP_LINK,
  );
}

export const tests = SEARCH_TABLE.map(([query, slug, lang]) => ({
  name: `search (${lang}) "${query}" finds ${slug} in the top 3`,
  async run({ page, baseUrl }) {
    await page.goto(baseUrl + (lang === 'en' ? 'en/' : ''));
    const hrefs = await topResults(page, query);
    const prefix = new URL(baseUrl).pathname + (lang === 'en' ? 'en/' : '');
    const wanted = `${prefix}${slug}/`;
    if (!hrefs.some((href) => href.split('#')[0] === wanted)) {
      throw new Error(`expected ${wanted} in the top 3, got ${JSON.stringify(hrefs)}`);
    }
  },
}));

export const tests_meta = { count: SEARCH_TABLE.length };
