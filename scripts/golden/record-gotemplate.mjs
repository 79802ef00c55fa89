// Records real kubectl 1.33's go-template output (Go's text/template behind kubectl's printer) for
// every template in tests/golden/gotemplate/templates.txt against tests/golden/gotemplate/object.json,
// offline: `kubectl annotate --local -f object.json q=1 -o go-template=TEMPLATE` prints the object
// (with the annotation added) through the same printer `kubectl get -o go-template` uses.
// One template per line; a line starting with `JSON:` holds a JSON string (templates with newlines).
// Writes tests/golden/gotemplate/cases.json.
// Usage: node scripts/golden/record-gotemplate.mjs [path to kubectl 1.33]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const kubectl = process.argv[2] ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const dir = new URL('../../tests/golden/gotemplate/', import.meta.url);
const templates = readFileSync(new URL('templates.txt', dir), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => (l.startsWith('JSON:') ? JSON.parse(l.slice(5)) : l));
const object = new URL('object.json', dir).pathname;
const cases = templates.map((template) => {
  const r = spawnSync(kubectl, ['annotate', '--local', '-f', object, 'q=1', '-o', `go-template=${template}`], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', HOME: '/tmp' } });
  return { template, stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
});
const version = JSON.parse(spawnSync(kubectl, ['version', '--client', '-o', 'json'], { encoding: 'utf8' }).stdout).clientVersion.gitVersion;
writeFileSync(new URL('cases.json', dir), `${JSON.stringify({ kubectl: version, cases }, null, 1)}\n`);
console.log(`${cases.length} go-template cases recorded with ${kubectl}`);
