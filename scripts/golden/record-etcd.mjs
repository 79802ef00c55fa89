#!/usr/bin/env node
// Records golden transcripts of the real etcd 3.4 / etcdctl 3.4 into tests/golden/etcd/*.txt.
// Needs Debian's etcd-server and etcd-client (`apt-get install -y etcd-server etcd-client`).
// Every etcd runs on 127.0.0.1 only, on its own ports and a fresh data dir under /tmp, and is
// killed at the end. Usage: node scripts/golden/record-etcd.mjs
//
// Transcript format (one file per scenario), chosen to keep exact bytes while staying readable:
//   $ <env> etcdctl <args>        the command line, as the simulation's shell receives it
//   > <line>                      one stdout line
//   ! <line>                      one stderr line
//   %no-newline-stdout            stdout did not end with a newline (after its last '>' line)
//   ? <exit code>
//   # <text>                      a comment / an action between commands (e.g. stopping members)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = new URL('../../tests/golden/etcd/', import.meta.url).pathname;
const work = '/tmp/etcd-golden';
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const running = [];

function startEtcd(name, clientPort, peerPort, initialCluster, extra = []) {
  const dataDir = join(work, `data-${name}-${clientPort}`);
  const args = [
    '--name', name, '--data-dir', dataDir,
    '--listen-client-urls', `http://127.0.0.1:${clientPort}`, '--advertise-client-urls', `http://127.0.0.1:${clientPort}`,
    '--listen-peer-urls', `http://127.0.0.1:${peerPort}`, '--initial-advertise-peer-urls', `http://127.0.0.1:${peerPort}`,
    '--initial-cluster', initialCluster, '--initial-cluster-state', 'new', ...extra,
  ];
  const child = spawn('etcd', args, { stdio: ['ignore', 'ignore', 'ignore'] });
  running.push(child);
  return child;
}

function stopEtcd(child) {
  child.kill('SIGKILL');
  const i = running.indexOf(child);
  if (i >= 0) running.splice(i, 1);
}

/** Splits "ETCDCTL_API=2 etcdctl a b" into env and argv (no quoting needed by these cases). */
function runLine(line, { timeoutMs = 20000, signalAfterMs } = {}) {
  const words = line.split(' ');
  const env = { ...process.env };
  delete env.ETCDCTL_API;
  while (/^[A-Z_]+=/.test(words[0])) {
    const [k, v] = words.shift().split('=');
    env[k] = v;
  }
  if (words.shift() !== 'etcdctl') throw new Error(`not an etcdctl line: ${line}`);
  if (signalAfterMs) {
    // `watch` runs until interrupted: send SIGINT like a learner pressing Ctrl-C.
    const r = spawnSync('timeout', ['-s', 'INT', `${signalAfterMs / 1000}`, 'etcdctl', ...words], { env, encoding: 'utf8' });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  }
  const r = spawnSync('etcdctl', words, { env, encoding: 'utf8', timeout: timeoutMs });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function transcript() {
  const lines = [];
  return {
    comment(text) {
      lines.push(`# ${text}`);
    },
    run(line, options) {
      const r = runLine(line, options);
      lines.push(`$ ${line}`);
      const out = r.stdout;
      const outLines = out.split('\n');
      if (out.endsWith('\n')) outLines.pop();
      if (out.length > 0) for (const l of outLines) lines.push(`> ${l}`);
      if (out.length > 0 && !out.endsWith('\n')) lines.push('%no-newline-stdout');
      const errLines = r.stderr.split('\n');
      if (r.stderr.endsWith('\n')) errLines.pop();
      if (r.stderr.length > 0) for (const l of errLines) lines.push(`! ${l}`);
      lines.push(`? ${r.status}`);
      return r;
    },
    save(name) {
      writeFileSync(join(outDir, `${name}.txt`), lines.join('\n') + '\n');
      console.log(`wrote tests/golden/etcd/${name}.txt (${lines.length} lines)`);
    },
  };
}

try {
  // ---------- single member, v3 API (what a kubeadm control plane runs, on loopback ports) ----------
  const single = startEtcd('controlplane', 23791, 23801, 'controlplane=http://127.0.0.1:23801');
  sleep(3000);
  const E = 'etcdctl --endpoints=127.0.0.1:23791';
  const t = transcript();
  t.comment('single member "controlplane": client http://127.0.0.1:23791, peer http://127.0.0.1:23801');
  t.run('etcdctl version');
  t.run(`${E} endpoint status`);
  t.run(`${E} put key1 value1`);
  t.run(`${E} get key1`);
  t.run(`${E} get key1 -w json`);
  t.run(`${E} get key1 -w fields`);
  t.run(`${E} put key1 value2 --prev-kv`);
  t.run(`${E} get key1 --rev=2`);
  t.run(`${E} get key1 --rev=1`);
  t.run(`${E} get key1 --rev=100`);
  t.run(`${E} put /registry/pods/default/nginx pod-nginx`);
  t.run(`${E} put /registry/pods/kube-system/etcd-controlplane pod-etcd`);
  t.run(`${E} put /registry/minions/node01 node-node01`);
  t.run(`${E} get / --prefix --keys-only`);
  t.run(`${E} get /registry/pods --prefix`);
  t.run(`${E} get /registry/pods --prefix --print-value-only`);
  t.run(`${E} get /registry --prefix --keys-only --limit=2`);
  t.run(`${E} get /registry/pods --prefix -w json`);
  t.run(`${E} get /registry/pods --prefix -w simple`);
  t.run(`${E} get /registry --prefix --keys-only --sort-by=MODIFY --order=DESCEND`);
  t.run(`${E} get nokey`);
  t.run(`${E} get nokey -w json`);
  t.run(`${E} put key1 value3 -w json`);
  t.run(`${E} del key1`);
  t.run(`${E} del key1`);
  t.run(`${E} del /registry/pods --prefix`);
  t.run(`${E} get /registry --prefix -w json`);
  t.run(`${E} put key2 v -w fields`);
  t.run(`${E} del key2 --prev-kv`);
  t.run(`${E} compaction 5`);
  t.run(`${E} get key1 --rev=3`);
  t.run(`${E} watch key1 --rev=3`);
  t.run(`${E} member list`);
  t.run(`${E} member list -w table`);
  t.run(`${E} member list -w json`);
  t.run(`${E} endpoint health`);
  t.run(`${E} endpoint health -w table`);
  t.run(`${E} endpoint health -w json`);
  t.run(`${E} endpoint status -w table`);
  t.run(`${E} endpoint status --cluster -w table`);
  t.run(`${E} endpoint status -w json`);
  t.run(`${E} snapshot save ${work}/snapshot.db`);
  t.run(`${E} put a 1`);
  t.run(`${E} put b 2`);
  t.run(`${E} put c 3`);
  t.run(`${E} get a c`);
  t.run(`${E} get b --from-key`);
  t.run(`${E} get a --hex`);
  t.run(`${E} get a --prefix --rev=0 -w fields`);
  t.run(`${E} get "" --prefix --keys-only`);
  t.run(`${E} del b --from-key --prev-kv -w json`);
  t.run(`${E} put a 2 --prev-kv -w fields`);
  t.run(`${E} del a --prev-kv -w fields`);
  t.run(`${E} member list -w fields`);
  t.run(`${E} endpoint status -w fields`);
  t.run(`${E} endpoint health -w fields`);
  t.run(`${E} get /registry --prefix --keys-only -w json`);
  t.save('v3-single');

  // ---------- the same server: bad input ----------
  const b = transcript();
  b.comment('same single member: unknown commands, flags and missing arguments');
  for (const args of [
    'foo',
    'get',
    'get --prefix',
    'put',
    'put a',
    'del',
    'watch',
    'snapshot save',
    'get a --bogus',
    'get a --limit=abc',
    'get a -w',
    'get a -w yaml',
    'get a -w table',
    'put a b -w table',
    'get a --consistency=x',
    'get a --sort-by=x',
    '--version',
    '--cacert=/nonexistent get a',
    '--cacert=/nonexistent --cert=/x --key=/y get a',
    'put k v --lease=abc',
    'get --help',
    'member',
    'endpoint status -h',
  ]) b.run(`${E} ${args}`);
  b.run('ETCDCTL_API=4 etcdctl version');
  b.run('etcdctl');
  b.run('etcdctl help');
  b.run('etcdctl gte a');
  b.run(`${E} member list --bogus`);
  b.run(`${E} get a -x`);
  b.run(`${E} get a --prefix=maybe`);
  b.run(`${E} --command-timeout=abc get a`);
  b.run(`${E} get a --limit`);
  b.comment('nothing listens on 127.0.0.1:29999');
  for (const args of ['get a', 'endpoint health', 'endpoint status', 'member list']) b.run(`etcdctl --endpoints=127.0.0.1:29999 ${args}`);
  b.save('v3-errors');

  // ---------- watch: history from a revision, interrupted with Ctrl-C ----------
  const w = transcript();
  w.comment('watch replays history from --rev, then runs until interrupted (SIGINT after 2 s)');
  const WE = 'etcdctl --endpoints=127.0.0.1:23791';
  w.run(`${WE} put w/a 1`);
  w.run(`${WE} put w/a 2`);
  w.run(`${WE} put w/b 3`);
  w.run(`${WE} del w/a`);
  w.run(`${WE} get w/b -w json`);
  const rev = JSON.parse(runLine(`${WE} get w/b -w json`).stdout).header.revision;
  w.run(`${WE} watch w/ --prefix --rev=${rev - 3}`, { signalAfterMs: 2000 });
  w.run(`${WE} watch w/a --prev-kv --rev=${rev - 3}`, { signalAfterMs: 2000 });
  w.run(`${WE} watch w/ --prefix -w json --rev=${rev - 3}`, { signalAfterMs: 2000 });
  w.run(`${WE} watch w/ --prefix -w fields --prev-kv --rev=${rev - 3}`, { signalAfterMs: 2000 });
  w.save('v3-watch');

  // ---------- ETCDCTL_API=2 against a 3.4 server without --enable-v2 (the default) ----------
  const v2 = transcript();
  v2.comment('ETCDCTL_API=2 against the same server, started without --enable-v2 (etcd 3.4 default)');
  const V2 = 'ETCDCTL_API=2 etcdctl --endpoints=http://127.0.0.1:23791';
  for (const args of ['set key1 value1', 'get key1', 'ls', 'ls /', 'mk a b', 'rm key1', 'put key1 value1', 'version', 'foo', 'member list', 'cluster-health', '--version', 'get', 'set a', '--bogus get a', '--cacert=/x get a']) {
    v2.run(`${V2} ${args}`);
  }
  v2.run('ETCDCTL_API=2 etcdctl');
  v2.save('v2-disabled');

  // ---------- leases (IDs are generated by the server: the test maps them) ----------
  const l = transcript();
  l.comment('leases on the same server; lease IDs differ between runs and are mapped by the test');
  const LE = 'etcdctl --endpoints=127.0.0.1:23791';
  const id = /lease ([0-9a-f]{16}) granted/.exec(l.run(`${LE} lease grant 100`).stdout)[1];
  for (const args of [
    'lease list', `put lk lv --lease=${id}`, `lease timetolive ${id} --keys`, `lease keep-alive --once ${id}`, `lease revoke ${id}`,
    `lease revoke ${id}`, 'get lk', `lease timetolive ${id}`, 'lease timetolive 1234', 'lease grant abc', 'lease grant', 'lease revoke zz',
    'lease keep-alive --once 1234', 'lease grant 1 -w json', 'lease timetolive 1234 -w json', 'lease --help',
  ]) l.run(`${LE} ${args}`);
  l.save('v3-lease');
  stopEtcd(single);

  // ---------- ETCDCTL_API=2 against a server with --enable-v2 (documented, not simulated) ----------
  const v2e = startEtcd('controlplane', 23792, 23802, 'controlplane=http://127.0.0.1:23802', ['--enable-v2']);
  sleep(3000);
  const V2E = 'ETCDCTL_API=2 etcdctl --endpoints=http://127.0.0.1:23792';
  const e = transcript();
  e.comment('ETCDCTL_API=2 against a server started with --enable-v2 (the simulation offers it as an option; kubeadm does not use it)');
  e.comment('listings use --sort: without it the real store lists children in Go map order (random)');
  for (const args of [
    'set key1 value1', 'get key1', 'ls', 'set /dir/a 1', 'ls /dir', 'get nokey', 'mk key1 x', 'rm key1', 'get', 'set a',
    'set /dir/b/c 2', 'mkdir /d2', 'mkdir /d2', 'ls --sort -r', 'ls --sort -p', 'get /dir', 'rmdir /d2', 'rmdir /dir', 'rm /dir',
    'rm -r /dir', 'update key1 x', 'set key1 v', 'update key1 x', 'mk key2 y', 'setdir /d3', 'ls /nokey', 'rm nokey', 'ls key1',
    'set /a/b 1', 'set /a 2', 'set /a/b/c 3', 'member list', 'cluster-health', 'put key1 value1',
  ]) e.run(`${V2E} ${args}`);
  e.save('v2-enabled');
  stopEtcd(v2e);

  // ---------- three members, then two of them stop: no leader ----------
  const IC = [1, 2, 3].map((i) => `etcd-${i}=http://127.0.0.1:2480${i}`).join(',');
  const members = [1, 2, 3].map((i) => startEtcd(`etcd-${i}`, 24790 + i, 24800 + i, IC));
  sleep(4000);
  const all = 'etcdctl --endpoints=127.0.0.1:24791,127.0.0.1:24792,127.0.0.1:24793';
  const E1 = 'etcdctl --endpoints=127.0.0.1:24791';
  const h = transcript();
  h.comment('three members etcd-1..3: clients http://127.0.0.1:2479N, peers http://127.0.0.1:2480N');
  h.run(`${all} member list`);
  h.run(`${all} member list -w table`);
  h.run(`${E1} put a 1`);
  h.run(`${all} get a`);
  h.comment('stop etcd-2 and etcd-3');
  stopEtcd(members[1]);
  stopEtcd(members[2]);
  sleep(4000);
  h.run(`${E1} put a 2`);
  h.run(`${E1} get a`);
  h.run(`${E1} get a --consistency=s`);
  h.run(`${E1} member list`);
  h.run(`${E1} endpoint health`);
  h.run(`${E1} endpoint status`);
  h.run(`${E1} endpoint status -w table`);
  h.run(`${E1} endpoint status --cluster -w table`);
  h.run(`${E1} watch a`);
  h.save('v3-no-leader');
  stopEtcd(members[0]);
} finally {
  for (const child of [...running]) stopEtcd(child);
}
