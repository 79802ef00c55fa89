import { err, out, registerProgram, type CommandIO } from '../command.ts';
import { currentHost, currentNodeName, nodeAccess } from '../nodeSession.ts';
import type { NodeHost, SystemdUnit, UnitName } from '../../node/host/nodeHost.ts';
import { containerPid } from '../../node/runtime/criQueries.ts';
import { journalLine, relativeAge, systemdTimestamp, unitDocs, unitFileText } from './unitText.ts';

/**
 * `systemctl` on the node the shell is on, for the two units a kubeadm node runs: kubelet and
 * containerd. status, start, stop, restart, enable, disable, is-active, is-enabled, cat,
 * daemon-reload. The layout of `status` is systemd 249's (Ubuntu 22.04): the state dot (● active
 * or failing, ○ inactive), Loaded/Drop-In/Active/Docs/Main PID/Tasks/Memory/CPU/CGroup, then the
 * unit's last 10 journal lines. Exit codes as systemctl's: status 0 running, 3 not running, 4 no
 * such unit; is-active 0/3. Tasks, Memory and CPU are made-up steady figures (the simulation has
 * no resource accounting).
 */
const VERBS = ['status', 'start', 'stop', 'restart', 'enable', 'disable', 'is-active', 'is-enabled', 'cat', 'daemon-reload', 'reload', 'try-restart', 'reload-or-restart'];

function unitName(word: string): string {
  return word.endsWith('.service') ? word : `${word}.service`;
}

function activeLine(unit: SystemdUnit, now: number): string {
  const since = `since ${systemdTimestamp(unit.since)}; ${relativeAge(now - unit.since)}`;
  if (unit.state === 'active') return `active (running) ${since}`;
  if (unit.state === 'activating') return `activating (auto-restart) (Result: exit-code) ${since}`;
  if (unit.state === 'failed') return `failed (Result: exit-code) ${since}`;
  return `inactive (dead) ${since}`;
}

function cpuTime(ms: number): string {
  const total = Math.max(0, ms);
  const min = Math.floor(total / 60_000);
  const s = ((total % 60_000) / 1000).toFixed(3).replace(/\.?0+$/, '');
  return min > 0 ? `${min}min ${s}s` : `${s}s`;
}

function statusText(host: NodeHost, unit: SystemdUnit, now: number, io: CommandIO): string {
  const lines: string[] = [];
  const dot = unit.state === 'inactive' ? '○' : '●';
  lines.push(`${dot} ${unit.name}.service - ${unit.description}`);
  lines.push(`     Loaded: loaded (${unit.fragmentPath}; ${unit.enabled ? 'enabled' : 'disabled'}; vendor preset: ${unit.vendorPreset})`);
  for (const d of unit.dropIns) {
    lines.push(`    Drop-In: ${d.dir}`);
    for (const f of d.files) lines.push(`             └─${f}`);
  }
  lines.push(`     Active: ${activeLine(unit, now)}`);
  lines.push(`       Docs: ${unitDocs(unit)}`);
  const execStart = unit.name === 'kubelet' ? '/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS' : '/usr/bin/containerd';
  if (unit.state === 'active') {
    const runtime = nodeAccess(io.session)?.runtime(host.name);
    const shims = unit.name === 'containerd' && runtime ? [...runtime.sandboxes.values()].filter((sb) => sb.ready && runtime.containersOf(sb.podUid).some((c) => c.state === 'running')) : [];
    lines.push(`   Main PID: ${unit.mainPid} (${unit.name})`);
    lines.push(`      Tasks: ${unit.name === 'kubelet' ? 14 : 11 + shims.length * 10} (limit: 9387)`);
    lines.push(`     Memory: ${unit.name === 'kubelet' ? '47.3M' : `${(38.6 + shims.length * 7.2).toFixed(1)}M`}`);
    lines.push(`        CPU: ${cpuTime((now - unit.since) * (unit.name === 'kubelet' ? 0.012 : 0.006))}`);
    lines.push(`     CGroup: /system.slice/${unit.name}.service`);
    const procs = [`${unit.mainPid} ${unit.commandLine}`, ...shims.map((sb) => `${containerPid(sb.id)} /usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${sb.id} -address /run/containerd/containerd.sock`)];
    procs.forEach((p, i) => lines.push(`             ${i === procs.length - 1 ? '└─' : '├─'}${p}`));
  } else {
    const code = unit.exitStatus !== undefined ? `code=exited, status=${unit.exitStatus}/FAILURE` : 'code=killed, signal=TERM';
    lines.push(`    Process: ${unit.mainPid} ExecStart=${execStart} (${code})`);
    lines.push(`   Main PID: ${unit.mainPid} (${code})`);
  }
  const journal = host.journal.filter((e) => e.unit === unit.name).slice(-10);
  let text = lines.join('\n') + '\n';
  if (journal.length) text += `\n${journal.map((e) => journalLine(host, e)).join('\n')}\n`;
  return text;
}

function findUnit(host: NodeHost, word: string): SystemdUnit | undefined {
  return host.units.get(word.replace(/\.service$/, '') as UnitName);
}

registerProgram('systemctl', function* (argv, io) {
  const host = currentHost(io.session);
  const access = nodeAccess(io.session);
  const args = argv.filter((a) => !a.startsWith('-'));
  const [verb, ...units] = args;
  if (!host || !access) {
    err(io, 'System has not been booted with systemd as init system (PID 1). Can\'t operate.');
    return 1;
  }
  if (!verb) {
    err(io, 'systemctl: listing all units is not available in this simulation; name a unit: systemctl status kubelet');
    return 1;
  }
  if (!VERBS.includes(verb)) {
    err(io, `Unknown command verb ${verb}.`);
    return 1;
  }
  if (verb === 'daemon-reload') return 0;
  if (units.length === 0) {
    if (verb === 'status') {
      err(io, 'systemctl: the system-wide status is not available in this simulation; name a unit: systemctl status kubelet');
      return 1;
    }
    err(io, `Too few arguments.`);
    return 1;
  }
  const now = access.now();
  let exit = 0;
  for (const word of units) {
    const unit = findUnit(host, word);
    const name = unitName(word);
    switch (verb) {
      case 'status':
        if (!unit) {
          err(io, `Unit ${name} could not be found.`);
          exit = Math.max(exit, 4);
          continue;
        }
        io.stdout.push(statusText(host, unit, now, io));
        if (unit.state !== 'active') exit = Math.max(exit, 3);
        continue;
      case 'is-active':
        out(io, unit ? (unit.state === 'inactive' ? 'inactive' : unit.state) : 'inactive');
        if (!unit || unit.state !== 'active') exit = 3;
        continue;
      case 'is-enabled':
        if (!unit) {
          err(io, `Failed to get unit file state for ${name}: No such file or directory`);
          exit = 1;
          continue;
        }
        out(io, unit.enabled ? 'enabled' : 'disabled');
        if (!unit.enabled) exit = 1;
        continue;
      case 'cat':
        if (!unit) {
          err(io, `No files found for ${name}.`);
          exit = 1;
          continue;
        }
        io.stdout.push(`# ${unit.fragmentPath}\n${unitFileText(unit)}`);
        for (const d of unit.dropIns) for (const f of d.files) io.stdout.push(`\n# ${d.dir}/${f}\n${host.files.read(`${d.dir}/${f}`) ?? ''}`);
        continue;
      case 'enable':
      case 'disable':
        if (!unit) {
          err(io, `Failed to ${verb} unit: Unit file ${name} does not exist.`);
          exit = 1;
          continue;
        }
        if (verb === 'enable' && !unit.enabled) err(io, `Created symlink /etc/systemd/system/multi-user.target.wants/${name} → ${unit.fragmentPath}.`);
        if (verb === 'disable' && unit.enabled) err(io, `Removed /etc/systemd/system/multi-user.target.wants/${name}.`);
        unit.enabled = verb === 'enable';
        if (argv.includes('--now')) access.systemctl(currentNodeName(io.session), verb === 'enable' ? 'start' : 'stop', unit.name);
        continue;
      default: {
        if (!unit) {
          const what = verb === 'stop' ? 'not loaded' : 'not found';
          err(io, `Failed to ${verb === 'reload-or-restart' || verb === 'try-restart' ? 'restart' : verb} ${name}: Unit ${name} ${what}.`);
          exit = 5;
          continue;
        }
        const action = verb === 'stop' ? 'stop' : verb === 'start' ? 'start' : 'restart';
        if (verb === 'try-restart' && unit.state !== 'active') continue;
        access.systemctl(currentNodeName(io.session), action, unit.name);
      }
    }
  }
  return exit;
});
