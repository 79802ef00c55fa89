import { EPOCH_MS } from '../../api/meta.ts';
import { err, registerProgram } from '../command.ts';
import { readSnapshot, restoredFiles, snapshotStatus, statusTable } from '../etcdSnapshotFile.ts';
import { shellFiles } from '../nodeSession.ts';

/**
 * etcdutl (etcd 3.5, the version kubeadm v1.33 runs): the offline half of etcdctl's old snapshot
 * commands. `snapshot status FILE [-w simple|table|json]` adds the storage VERSION column;
 * `snapshot restore FILE --data-dir DIR [--name --initial-cluster --initial-advertise-peer-urls
 * --initial-cluster-token --skip-hash-check --wal-dir]` logs with zap's console encoder
 * (time, level, caller, message, fields) on stderr. The first log line of the real tool also
 * carries a Go stack trace, left out here. Errors end with exit code 1 after `Error: ...`.
 */
const VERSION = '3.5.21';

function zap(epochMs: number, caller: string, msg: string, fields?: string): string {
  const t = new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${t}\tinfo\t${caller}\t${msg}${fields ? `\t${fields}` : ''}\n`;
}

registerProgram('etcdutl', function* (argv, io) {
  const words = argv.filter((a) => !a.startsWith('-'));
  const flag = (name: string): string | undefined => {
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] === `--${name}`) return argv[i + 1];
      if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
      if (name === 'write-out' && (argv[i] === '-w')) return argv[i + 1];
    }
    return undefined;
  };
  const valueFlags = new Set(['--data-dir', '--name', '--initial-cluster', '--initial-advertise-peer-urls', '--initial-cluster-token', '--wal-dir', '--write-out', '-w']);
  const positional = argv.filter((a, i) => !a.startsWith('-') && !valueFlags.has(argv[i - 1] ?? ''));
  const [group, sub, ...rest] = positional;
  if (words[0] === 'version' || argv.includes('--version')) {
    io.stdout.push(`etcdutl version: ${VERSION}\nAPI version: 3.5\n`);
    return 0;
  }
  if (group !== 'snapshot' || (sub !== 'status' && sub !== 'restore')) {
    if (!group) {
      io.stdout.push('NAME:\n\tetcdutl - An administrative command line tool for etcd3.\n\nUSAGE:\n\tetcdutl [flags]\n\nCOMMANDS (simulated here):\n\tsnapshot status, snapshot restore, version\n');
      return 0;
    }
    err(io, `Error: "etcdutl ${[group, sub].filter(Boolean).join(' ')}" is not available in this simulation`);
    return 1;
  }
  const files = shellFiles(io.session);
  if (rest.length !== 1) {
    err(io, `Error: snapshot ${sub} requires exactly one argument`);
    return 1;
  }
  const path = rest[0];
  const now = EPOCH_MS + io.now();
  if (sub === 'status') {
    const text = files.read(path) ?? io.files[path];
    if (text === undefined) {
      err(io, `Error: stat ${path}: no such file or directory`);
      return 1;
    }
    const data = readSnapshot(text);
    if (!data) {
      err(io, `Error: snapshot file integrity check failed. file: ${path}`);
      return 1;
    }
    const st = snapshotStatus(text, data);
    const hash = st.hash.toString(16);
    const size = humanize(st.totalSize);
    const format = flag('write-out') ?? 'simple';
    if (format === 'table') io.stdout.push(statusTable(['HASH', 'REVISION', 'TOTAL KEYS', 'TOTAL SIZE', 'VERSION'], [hash, String(st.revision), String(st.totalKey), size, '3.5.0']));
    else if (format === 'json') io.stdout.push(`{"hash":${st.hash},"revision":${st.revision},"totalKey":${st.totalKey},"totalSize":${st.totalSize},"version":"3.5.0"}\n`);
    else io.stdout.push(`${hash}, ${st.revision}, ${st.totalKey}, ${size}, 3.5.0\n`);
    return 0;
  }
  const name = flag('name') ?? 'default';
  const dataDir = flag('data-dir') || `${name}.etcd`;
  const walDir = flag('wal-dir') || `${dataDir}/member/wal`;
  const where = `{"path": ${JSON.stringify(path)}, "wal-dir": ${JSON.stringify(walDir)}, "data-dir": ${JSON.stringify(dataDir)}, "snap-dir": ${JSON.stringify(`${dataDir}/member/snap`)}}`;
  if (files.isDirectory(dataDir) || files.read(dataDir) !== undefined) {
    err(io, `Error: data-dir "${dataDir}" not empty or could not be read`);
    return 1;
  }
  io.stderr.push(zap(now, 'snapshot/v3_snapshot.go:248', 'restoring snapshot', where));
  const text = files.read(path) ?? io.files[path];
  if (text === undefined) {
    err(io, `Error: open ${path}: no such file or directory`);
    return 1;
  }
  if (!readSnapshot(text) && !argv.includes('--skip-hash-check')) {
    err(io, 'Error: snapshot missing hash but --skip-hash-check=false');
    return 1;
  }
  const peers = (flag('initial-advertise-peer-urls') ?? 'http://localhost:2380').split(',');
  io.stderr.push(zap(now, 'membership/store.go:141', 'Trimming membership information from the backend...'));
  io.stderr.push(zap(now, 'membership/cluster.go:421', 'added member', `{"cluster-id": "cdf818194e3a8c32", "local-member-id": "0", "added-peer-id": "8e9e05c52164694d", "added-peer-peer-urls": ${JSON.stringify(peers).replace(/","/g, '", "')}}`));
  for (const [p, t] of Object.entries(restoredFiles(dataDir, text, flag('wal-dir') ? walDir : undefined))) files.write(p, t);
  io.stderr.push(zap(now, 'snapshot/v3_snapshot.go:269', 'restored snapshot', where));
  return 0;
});

/** go-humanize Bytes (as etcd prints sizes): `20 kB`, `2.1 MB`. */
function humanize(n: number): string {
  if (n < 10) return `${n} B`;
  const sizes = ['B', 'kB', 'MB', 'GB', 'TB'];
  const e = Math.floor(Math.log(n) / Math.log(1000));
  const val = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
  return `${val < 10 ? val.toFixed(1) : val.toFixed(0)} ${sizes[e]}`;
}
