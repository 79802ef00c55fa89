#!/usr/bin/env node
// Records how real kubectl 1.33 reports malformed manifests (go-yaml v2 through sigs.k8s.io/yaml):
// each case is written to tests/golden/yaml-errors/<name>.yaml and run through
// `kubectl create -f <name>.yaml --dry-run=client -o name --validate=false`; stdout, stderr and the exit code go to
// tests/golden/yaml-errors/cases.json. With --validate=false nothing needs a server (validation would fetch OpenAPI first); a throwaway
// kubeconfig points at a closed port all the same. Run: node scripts/golden/record-yaml-errors.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const KUBECTL = process.env.KUBECTL ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const DIR = new URL('../../tests/golden/yaml-errors/', import.meta.url).pathname;
// A document of comments only decodes to nothing, so kubectl reaches the next one without asking
// a server for the first object's mapping (a real first object would need one).
const NOTE = '# the objects follow\n# in the next document\n';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n';

// Malformed manifests only: files go-yaml accepts (duplicate keys, a tab after ':', a stray ']' in a
// plain scalar) are decoded and then need a server for their mapping, so they are not recorded here.
const CASES = {
  'bad-indent-key': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n   labels:\n    a: b\n',
  'bad-indent-dedent': 'apiVersion: v1\nkind: Pod\nmetadata:\n    name: p\n  labels: {}\n',
  'bad-indent-list': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n     image: nginx\n',
  'bad-indent-list-item': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n   - name: d\n',
  'tab-indent': 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: p\n',
  'tab-indent-deep': POD.replace('    image: nginx', '\timage: nginx'),
  'unclosed-double-quote': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "p\n',
  'unclosed-double-quote-mid': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "p\nspec:\n  containers: []\n',
  'unclosed-single-quote': "apiVersion: v1\nkind: Pod\nmetadata:\n  name: 'p\nspec: {}\n",
  'unclosed-flow-seq': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [\n',
  'unclosed-flow-seq-mid': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: [a, b\nspec: {}\n',
  'unclosed-flow-map': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p\nspec: {}\n',
  'unclosed-flow-map-end': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p\n',
  'mapping-in-scalar': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p: q\n',
  'mapping-in-scalar-top': 'apiVersion: v1\nkind: Pod: x\nmetadata:\n  name: p\n',
  'mapping-after-scalar': 'apiVersion: v1\nkind: Pod\nmetadata: x\n  name: p\n',
  'stray-dash': 'apiVersion: v1\nkind: Pod\n- metadata:\n  name: p\n',
  'stray-dash-in-map': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  - x\n',
  'dash-then-key': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: c\n  image: nginx\n  - name: d\n',
  'missing-colon': 'apiVersion: v1\nkind Pod\nmetadata:\n  name: p\n',
  'missing-colon-last': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name p\n',
  'missing-space-after-colon': 'apiVersion: v1\nkind:Pod\nmetadata:\n  name: p\n',
  'second-doc-bad-indent': NOTE + '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n   labels: {}\n',
  'second-doc-tab': NOTE + '---\napiVersion: v1\nkind: Service\nmetadata:\n\tname: s\n',
  'second-doc-unclosed-quote': NOTE + '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: "s\n',
  'third-doc-mapping-in-scalar': NOTE + '---\n\n' + NOTE + '---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a: b\n',
  'leading-separator-bad': '---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n   x: y\n',
  'comment-lines-before-error': '# a pod\n# with comments\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n   labels: {}\n',
  'blank-lines-before-error': 'apiVersion: v1\n\n\nkind: Pod\nmetadata:\n  name: p\n   labels: {}\n',
  'bad-anchor': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: *nope\n',
  'bad-block-scalar-indent': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: |\n  x\n b: y\n',
  'at-sign-start': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: @p\n',
  'backtick-start': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: `p`\n',
  'key-after-list-dedent': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: c\n    image: nginx\n   ports: []\n',
  'flow-map-missing-comma': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p labels: {}}\n',
  'quote-then-text': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "p" q\n',
};

const tmp = mkdtempSync(join(tmpdir(), 'yaml-errors-'));
const kubeconfig = join(tmp, 'config');
writeFileSync(kubeconfig, ['apiVersion: v1', 'kind: Config', 'clusters:', '- cluster:', '    server: http://127.0.0.1:1', '  name: sim',
  'contexts:', '- context:', '    cluster: sim', '    user: admin', '  name: sim', 'current-context: sim', 'users:', '- name: admin', '  user: {}', ''].join('\n'));
const cases = [];
for (const [name, text] of Object.entries(CASES)) {
  const file = `${name}.yaml`;
  writeFileSync(join(DIR, file), text);
  const argv = ['create', '-f', file, '--dry-run=client', '-o', 'name', '--validate=false'];
  const r = spawnSync(KUBECTL, argv, { cwd: DIR, env: { PATH: '/usr/bin:/bin', HOME: tmp, KUBECONFIG: kubeconfig }, encoding: 'utf8', timeout: 20000 });
  if (r.stderr.includes('127.0.0.1:1')) throw new Error(`${name}: kubectl needed a server; the case does not belong in this offline table`);
  cases.push({ name, line: `kubectl ${argv.join(' ')}`, file, stdout: r.stdout, stderr: r.stderr, exitCode: r.status });
}
rmSync(tmp, { recursive: true });
writeFileSync(join(DIR, 'cases.json'), JSON.stringify({ kubectl: KUBECTL, cases }, null, 2) + '\n');
console.log(`${cases.length} cases -> ${DIR}cases.json`);
