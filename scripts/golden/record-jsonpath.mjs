// Records real kubectl 1.33's JSONPath output (client-go util/jsonpath behind kubectl's printer) for
// every template in tests/golden/jsonpath/templates.txt (one per line) against
// tests/golden/jsonpath/object.json, offline: `kubectl annotate --local -f object.json q=1 -o
// jsonpath=TEMPLATE` prints the object (with the annotation added) through the same printer
// `kubectl get -o jsonpath` uses. Writes tests/golden/jsonpath/cases.json.
// Usage: node scripts/golden/record-jsonpath.mjs [path to kubectl 1.33]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const kubectl = process.argv[2] ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const dir = new URL('../../tests/golden/jsonpath/', import.meta.url);
const templates = readFileSync(new URL('templates.txt', dir), 'utf8').split('\n').filter((l) => l !== '');
const object = new URL('object.json', dir).pathname;
const cases = templates.map((template) => {
  const r = spawnSync(kubectl, ['annotate', '--local', '-f', object, 'q=1', '-o', `jsonpath=${template}`], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', HOME: '/tmp' } });
  return { template, stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
});
writeFileSync(new URL('cases.json', dir), `${JSON.stringify({ kubectl: spawnSync(kubectl, ['version', '--client', '-o', 'json'], { encoding: 'utf8' }).stdout ? JSON.parse(spawnSync(kubectl, ['version', '--client', '-o', 'json'], { encoding: 'utf8' }).stdout).clientVersion.gitVersion : 'unknown', cases }, null, 1)}\n`);
console.log(`${cases.length} JSONPath cases recorded with ${kubectl}`);
