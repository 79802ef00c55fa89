import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// The simulated kubectl against the real kubectl v1.33 recorded by scripts/golden/record-objects.sh
// (a stand-in API server serving a kubeadm 1.33 discovery, one CronJob "nightly", and RBAC answers
// for the admin and for "jane"). Every case listed here is compared exactly: stdout, stderr, exit.
const root = join(import.meta.dirname, '../../golden/objects');
const dir = join(root, 'server');

function readFiles(base: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(base)) {
    const path = join(base, f);
    if (statSync(path).isDirectory()) Object.assign(files, readFiles(path, `${prefix}${f}/`));
    else files[`${prefix}${f}`] = readFileSync(path, 'utf8');
  }
  return files;
}
const files = readFiles(join(root, 'files'));

const golden = (name: string) => ({
  cmd: readFileSync(join(dir, `${name}.cmd`), 'utf8').trim(),
  stdout: readFileSync(join(dir, `${name}.stdout`), 'utf8'),
  stderr: readFileSync(join(dir, `${name}.stderr`), 'utf8'),
  exitCode: Number(readFileSync(join(dir, `${name}.exit`), 'utf8').trim()),
});

/** Cases and the commands that give the simulated cluster the stand-in's objects first. */
export const CASES: Record<string, string[]> = {
  'api-versions': [],
  'api-resources': [],
  'api-resources-wide': [],
  'api-resources-name': [],
  'api-resources-cluster': [],
  'api-resources-namespaced-name': [],
  'api-resources-rbac': [],
  'api-resources-core': [],
  'api-resources-no-headers': [],
  'api-resources-sort-kind': [],
  'api-resources-sort-name': [],
  'api-resources-bad-sort': [],
  'api-resources-bad-output': [],
  'api-resources-verbs': [],
  'api-resources-categories': [],
  'cm-literal': [],
  'cm-literal-ns': [],
  'cm-file': [],
  'cm-file-key': [],
  'cm-dir': [],
  'cm-env-file': [],
  'cm-json': [],
  'cm-plain': [],
  'cm-empty': [],
  'cm-no-name': [],
  'cm-two-names': [],
  'cm-bad-literal': [],
  'cm-bad-key': [],
  'cm-dup-key': [],
  'cm-missing-file': [],
  'cm-env-and-literal': [],
  'cm-literal-equals': [],
  'secret-literal': [],
  'secret-file': [],
  'secret-type': [],
  'secret-env': [],
  'secret-plain': [],
  'secret-no-sub': [],
  'secret-no-name': [],
  'secret-json': [],
  'job-image': [],
  'job-image-only': [],
  'job-no-image': [],
  'job-both': [],
  'job-plain': [],
  'cronjob-basic': [],
  'cronjob-restart': [],
  'cronjob-no-schedule': [],
  'cronjob-no-image': [],
  'cronjob-plain': [],
  'can-i-yes': [],
  'can-i-no': [],
  'can-i-quiet': [],
  'can-i-no-args': [],
  'can-i-one-arg': [],
  'can-i-unknown-resource': [],
  'can-i-subresource': [],
  'can-i-all-ns': [],
  'can-i-name': [],
  'auth-no-sub': [],
  'can-i-bad-verb': [],
  'can-i-nonresource': [],
  'can-i-list-args': [],
  'can-i-short': [],
  'can-i-star': [],
  'secret-dup-key': [],
  'secret-bad-key': [],
  'cm-dir-with-key': [],
  'sa-yaml': [],
  'sa-short': [],
  'sa-no-name': [],
  'role-basic': [],
  'role-names': [],
  'role-groups': [],
  'role-subresource': [],
  'role-star': [],
  'role-bad-resource': [],
  'role-no-verb': [],
  'role-no-resource': [],
  'role-plain': [],
  'clusterrole-basic': [],
  'clusterrole-nonresource': [],
  'rolebinding-user': [],
  'rolebinding-all': [],
  'rolebinding-no-role': [],
  'rolebinding-both-roles': [],
  'rolebinding-bad-sa': [],
  'clusterrolebinding-basic': [],
  'clusterrolebinding-role': [],
  'rolebinding-plain': [],
};

describe('objects and discovery match real kubectl 1.33', () => {
  const cluster = createCluster({ seed: 1 });
  for (const [name, setup] of Object.entries(CASES)) {
    test(name, () => {
      for (const line of setup) {
        const r = cluster.exec(line, { files });
        expect(r.exitCode, `${line}: ${r.stderr}`).toBe(0);
      }
      const g = golden(name);
      const r = cluster.exec(g.cmd, { files });
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode });
    });
  }
});
