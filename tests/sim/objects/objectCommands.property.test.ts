import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { SimCluster } from '../../../src/sim/cluster/cluster.ts';

/**
 * Property: random command lines through the verbs and create subcommands of ConfigMaps, Secrets,
 * Jobs, CronJobs, ServiceAccounts, RBAC, auth can-i and api-resources (valid words mixed with
 * missing values, bad keys, unknown resources, odd schedules) never throw, never leak JavaScript
 * text, record no simulation error, and a rejected one changes nothing in etcd.
 */
const JS_LEAK = /\[object Object\]|TypeError|RangeError|ReferenceError|is not a function|is not iterable|Maximum call stack|Cannot (read|set|create) propert|NaN|simulation error/;

const word = fc.constantFrom('app', 'db', 'x', 'Bad_Name', '', 'a.b', '-', 'pods', 'nodes', 'widgets', 'cronjob/nightly', 'cronjob/tick', 'deployment/web', 'jane', 'dev:robot', 'robot', '*', '/healthz');
const literal = fc.constantFrom('a=b', 'novalue', '=x', 'bad key=1', 'k=', 'url=http://x/?a=b', 'a=1', '..=x');
const file = fc.constantFrom('app.env', 'nginx.conf', 'conf', 'k=nginx.conf', 'k=conf', 'missing.txt', '=');
const schedule = fc.constantFrom("'*/1 * * * *'", "'0 0 * * *'", '@hourly', "'61 * * * *'", 'bad', "'* * *'", "'*/0 * * * *'", "'1-2-3 * * * *'");
const flag = fc.oneof(
  literal.map((l) => `--from-literal=${l}`),
  file.map((f) => `--from-file=${f}`),
  file.map((f) => `--from-env-file=${f}`),
  fc.constantFrom('--type=Opaque', '--type=kubernetes.io/tls', '--image=busybox', '--image=', '--restart=Never', '--restart=Always', '-n dev', '-A', '--list', '-q', '--as jane', '--as system:serviceaccount:dev:robot', '--as-group devs', '--subresource=log', '-o yaml', '-o json', '-o name', '-o wide', '--no-headers', '--dry-run=client', '--dry-run=server', '--namespaced=false', '--api-group=batch', '--sort-by=kind', '--sort-by=age', '--verbs=list'),
  schedule.map((s) => `--schedule=${s}`),
  word.map((w) => `--from=${w}`),
  fc.constantFrom('get', 'list', 'fly', '*', 'create,delete').map((v) => `--verb=${v}`),
  word.map((w) => `--resource=${w}`),
  word.map((w) => `--resource-name=${w}`),
  word.map((w) => `--role=${w}`),
  word.map((w) => `--clusterrole=${w}`),
  word.map((w) => `--user=${w}`),
  word.map((w) => `--group=${w}`),
  word.map((w) => `--serviceaccount=${w}`),
  fc.constantFrom('--non-resource-url=/healthz', '--non-resource-url=bad'),
);
const head = fc.constantFrom(
  'create configmap', 'create cm', 'create secret generic', 'create secret', 'create secret tls', 'create job', 'create cronjob', 'create cj',
  'create serviceaccount', 'create sa', 'create role', 'create clusterrole', 'create rolebinding', 'create clusterrolebinding',
  'auth can-i', 'auth', 'auth whoami', 'api-resources', 'api-versions', 'get cm,secrets,jobs,cronjobs,sa,roles,rolebindings', 'describe cm', 'describe secrets', 'get jobs -o wide', 'get cj -o wide',
);
const line = fc.tuple(head, fc.array(word, { maxLength: 3 }), fc.array(flag, { maxLength: 5 }), fc.option(fc.constantFrom('-- date', '-- sh -c "exit 1"', '-- sleep 5'), { nil: '' }))
  .map(([h, args, flags, cmd]) => `kubectl ${h} ${args.map((a) => (a === '' ? "''" : a)).join(' ')} ${flags.join(' ')} ${cmd}`.replace(/ +/g, ' ').trim());

const files = { 'app.env': 'A=1\n# c\nB=two\n', 'nginx.conf': 'events {}\n', 'conf/level': 'debug\n', 'conf/mode': 'x' };

describe('object commands (property-based)', () => {
  test('2,000 random command lines never throw, never leak, and a rejected one changes nothing', () => {
    let cluster: SimCluster | undefined;
    let used = 0;
    fc.assert(
      fc.property(line, (cmd) => {
        if (!cluster || used++ >= 250) {
          cluster = createCluster({ seed: 21 }) as SimCluster;
          cluster.exec('kubectl create namespace dev');
          cluster.exec("kubectl create cronjob nightly --image=busybox --schedule='0 2 * * *'");
          cluster.settle();
          used = 0;
        }
        const c = cluster;
        const keys = JSON.stringify(c.etcdKeys());
        const errors = c.kernel.simulationErrorCount;
        let r: { stdout: string; stderr: string; exitCode: number } | undefined;
        expect(() => {
          r = c.exec(cmd, { files });
        }, cmd).not.toThrow();
        expect(r!.stderr, cmd).not.toMatch(JS_LEAK);
        expect(r!.stdout, cmd).not.toMatch(JS_LEAK);
        if (r!.exitCode !== 0 && !/^kubectl auth can-i/.test(cmd)) expect(JSON.stringify(c.etcdKeys()), `${cmd}: ${r!.stderr}`).toBe(keys);
        expect(() => c.advance(2_000)).not.toThrow();
        expect(c.kernel.simulationErrorCount, cmd).toBe(errors);
      }),
      { numRuns: Number(process.env.OBJECT_COMMAND_RUNS ?? 2000) },
    );
  }, 300_000);
});
