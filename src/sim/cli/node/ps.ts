import { EPOCH_MS } from '../../api/meta.ts';
import type { NodeHost } from '../../node/host/nodeHost.ts';
import { containerPid } from '../../node/runtime/criQueries.ts';
import { findImage, parseImageRef } from '../../node/runtime/imageCatalogue.ts';
import { err, registerProgram } from '../command.ts';
import { currentHost, nodeAccess } from '../nodeSession.ts';

/**
 * `ps` (procps-ng 3.3.17, Ubuntu 22.04) on the node the shell is on: systemd, containerd, the
 * kubelet with its command line from the systemd drop-in, a containerd-shim and a pause process
 * per pod sandbox, and each running container's process with its command line (for the
 * control-plane static pods: the flags of their manifests). `ps aux`, `ps -ef`, `ps -e`, `ps`.
 * %CPU, %MEM, VSZ and RSS are fixed made-up figures (no resource accounting); the shell's own bash
 * and ps appear as on a real node.
 */
interface Proc {
  pid: number;
  ppid: number;
  start: number;
  command: string;
  stat: string;
  tty: string;
}

function processes(host: NodeHost, now: number, runtime: ReturnType<NonNullable<ReturnType<typeof nodeAccess>>['runtime']>): Proc[] {
  const procs: Proc[] = [{ pid: 1, ppid: 0, start: -20 * 60_000, command: '/sbin/init', stat: 'Ss', tty: '?' }];
  const containerd = host.units.get('containerd');
  const kubelet = host.units.get('kubelet');
  if (containerd?.state === 'active') procs.push({ pid: containerd.mainPid, ppid: 1, start: containerd.since, command: containerd.commandLine, stat: 'Ssl', tty: '?' });
  if (kubelet?.state === 'active') procs.push({ pid: kubelet.mainPid, ppid: 1, start: kubelet.since, command: kubelet.commandLine, stat: 'Ssl', tty: '?' });
  if (runtime) {
    for (const sb of runtime.sandboxes.values()) {
      const running = runtime.containersOf(sb.podUid).filter((c) => c.state === 'running');
      if (!running.length) continue;
      const shim = containerPid(sb.id);
      procs.push({ pid: shim, ppid: 1, start: sb.createdAt, command: `/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${sb.id} -address /run/containerd/containerd.sock`, stat: 'Sl', tty: '?' });
      procs.push({ pid: shim + 20, ppid: shim, start: sb.createdAt, command: '/pause', stat: 'Ss', tty: '?' });
      for (const c of running) {
        const ref = parseImageRef(c.image);
        const image = ref ? findImage(ref) : undefined;
        const command = c.argv?.length ? c.argv.join(' ') : image?.binaries[0] === 'nginx' ? 'nginx: master process nginx -g daemon off;' : image?.binaries[0] ?? c.name;
        procs.push({ pid: containerPid(c.id), ppid: shim, start: c.startedAt ?? 0, command, stat: 'Ssl', tty: '?' });
      }
    }
  }
  const sshd = 720 + host.name.length;
  procs.push({ pid: sshd, ppid: 1, start: -19 * 60_000, command: 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups', stat: 'Ss', tty: '?' });
  procs.push({ pid: 4101, ppid: sshd, start: 0, command: '-bash', stat: 'Ss', tty: 'pts/0' });
  procs.push({ pid: 4102 + (Math.floor(now / 1000) % 800), ppid: 4101, start: now, command: '', stat: 'R+', tty: 'pts/0' });
  return procs.sort((a, b) => a.pid - b.pid);
}

function clock(virtualMs: number): string {
  const d = new Date(EPOCH_MS + virtualMs);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

function cpuTime(p: Proc, now: number, long: boolean): string {
  const heavy = /kube-apiserver|etcd|kubelet|kube-controller-manager/.test(p.command) ? 0.02 : 0.001;
  const s = Math.floor(Math.max(0, now - p.start) * heavy / 1000);
  const mm = Math.floor(s / 60);
  return long ? `${String(Math.floor(mm / 60)).padStart(2, '0')}:${String(mm % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}` : `${mm}:${String(s % 60).padStart(2, '0')}`;
}

registerProgram('ps', function* (argv, io) {
  const host = currentHost(io.session);
  const access = nodeAccess(io.session);
  if (!host || !access) {
    err(io, 'ps: no process table in this simulation');
    return 1;
  }
  const opts = argv.join(' ');
  const now = access.now();
  const procs = processes(host, now, access.runtime(host.name));
  const self = (p: Proc, style: string) => (p.command === '' ? `ps ${style}`.trim() : p.command);
  if (/^(-?aux|-?axu|-?ef|-e|-A|-eF|-ely)?$/.test(opts) === false && !/^-?[a-zA-Z]+$/.test(opts)) {
    err(io, 'error: unsupported option (BSD syntax)');
    return 1;
  }
  if (/^-?(aux|axu|xau|uax)$/.test(opts)) {
    const lines = ['USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND'];
    for (const p of procs) {
      const big = /kube-apiserver|etcd /.test(`${p.command} `);
      const cpu = p.command === '' ? '0.0' : big ? '2.1' : /kubelet|controller/.test(p.command) ? '1.0' : '0.0';
      const mem = big ? '4.3' : /kubelet|controller|scheduler|containerd /.test(`${p.command} `) ? '1.1' : '0.1';
      const vsz = big ? 1_512_432 : p.command.startsWith('/pause') ? 1_020 : 1_290_000 + (p.pid % 97) * 1024;
      const rss = big ? 352_480 : p.command.startsWith('/pause') ? 512 : 48_000 + (p.pid % 89) * 256;
      lines.push(`${'root'.padEnd(8)} ${String(p.pid).padStart(7)} ${cpu.padStart(4)} ${mem.padStart(4)} ${String(vsz).padStart(6)} ${String(rss).padStart(5)} ${p.tty.padEnd(8)} ${p.stat.padEnd(4)} ${clock(p.start).padStart(5)} ${cpuTime(p, now, false).padStart(6)} ${self(p, opts)}`);
    }
    io.stdout.push(`${lines.join('\n')}\n`);
    return 0;
  }
  if (/^-(ef|eF|A|e)$/.test(opts)) {
    const full = opts.includes('f') || opts.includes('F');
    const lines = [full ? 'UID          PID    PPID  C STIME TTY          TIME CMD' : '    PID TTY          TIME CMD'];
    for (const p of procs) {
      const cmd = self(p, opts);
      if (full) lines.push(`${'root'.padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)} ${' 0'} ${clock(p.start)} ${p.tty.padEnd(8)} ${cpuTime(p, now, true)} ${cmd}`);
      else lines.push(`${String(p.pid).padStart(7)} ${p.tty.padEnd(8)} ${cpuTime(p, now, true)} ${cmd.split(' ')[0].replace(/^.*\//, '').slice(0, 15)}`);
    }
    io.stdout.push(`${lines.join('\n')}\n`);
    return 0;
  }
  // `ps` alone: the processes of this terminal.
  const mine = procs.filter((p) => p.tty === 'pts/0');
  io.stdout.push(['    PID TTY          TIME CMD', ...mine.map((p) => `${String(p.pid).padStart(7)} ${p.tty.padEnd(8)} 00:00:00 ${p.command === '' ? 'ps' : 'bash'}`)].join('\n') + '\n');
  return 0;
});
