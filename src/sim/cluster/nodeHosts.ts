import { parse } from 'yaml';
import { structured } from '../node/host/klog.ts';
import { NodeHost, type SystemdUnit, type UnitName } from '../node/host/nodeHost.ts';
import { restartUnit, RESTART_SEC_MS, startUnit, stopUnit, type UnitProcess } from '../node/host/systemd.ts';
import type { Kubelet } from '../node/kubelet/kubelet.ts';
import type { ContainerRuntime } from '../node/runtime/containerRuntime.ts';
import type { Kernel } from '../kernel/kernel.ts';
import type { BootResult } from './bootstrap.ts';
import { KUBELET_COMMAND_LINE, KUBELET_CONFIG_PATH, KUBELET_DROP_IN_DIR, writeKubeadmFiles } from './kubeadmNodeFiles.ts';

/**
 * The nodes' operating systems (`NodeHost`: disk, systemd units, journal), built at bootstrap and
 * tied to the kubelet and container runtime components that run on them. The shell reaches them
 * through `NodeAccess` (cli/nodeSession.ts), kept in the command session.
 */
export interface NodeAccess {
  controlPlane: string;
  hosts: ReadonlyMap<string, NodeHost>;
  now(): number;
  unit(node: string, name: string): SystemdUnit | undefined;
  systemctl(node: string, verb: 'start' | 'stop' | 'restart', unit: UnitName): void;
  /** The node's running containers and pod sandboxes (for ps: the kernel's process table). */
  runtime(node: string): ContainerRuntime | undefined;
}

export function createNodeHosts(kernel: Kernel, boot: BootResult, kubelets: ReadonlyMap<string, Kubelet>, runtimes: ReadonlyMap<string, ContainerRuntime>, stackedEtcd: boolean): NodeAccess {
  const hosts = new Map<string, NodeHost>();
  const controlPlane = boot.nodes.find((n) => n.controlPlane) ?? boot.nodes[0];
  const processes = new Map<string, Record<UnitName, UnitProcess>>();
  boot.nodes.forEach((node, index) => {
    const host = new NodeHost(node.name, node.ip, node.controlPlane, index);
    hosts.set(node.name, host);
    writeKubeadmFiles(host, node, controlPlane.ip, boot.staticPods, stackedEtcd);
    const bootAt = node.joinedAt - 10_000;
    const unit = (name: UnitName, description: string, commandLine: string, dropIns: SystemdUnit['dropIns']): SystemdUnit => ({
      name, description, fragmentPath: `/lib/systemd/system/${name}.service`, vendorPreset: 'enabled', dropIns, enabled: true,
      state: 'active', since: bootAt, mainPid: host.newPid(), commandLine,
    });
    host.units.set('containerd', unit('containerd', 'containerd container runtime', '/usr/bin/containerd', []));
    host.units.set('kubelet', unit('kubelet', 'kubelet: The Kubernetes Node Agent', KUBELET_COMMAND_LINE, [{ dir: KUBELET_DROP_IN_DIR, files: ['10-kubeadm.conf'] }]));
    host.record(bootAt - 2_000, 'containerd', 'systemd', 1, 'Started containerd container runtime.');
    host.record(bootAt, 'kubelet', 'systemd', 1, 'Started kubelet: The Kubernetes Node Agent.');
    const kubelet = kubelets.get(node.name);
    const runtime = runtimes.get(node.name);
    if (kubelet) {
      kubelet.attachHost(host);
      kubelet.logStartup(bootAt);
    }
    processes.set(node.name, {
      kubelet: {
        start: () => kubelet?.start(),
        stop: () => kubelet?.stop(),
        preflight: () => kubeletConfigError(host),
      },
      containerd: { start: () => runtime?.start(), stop: () => runtime?.stop() },
    });
  });

  const access: NodeAccess = {
    controlPlane: controlPlane.name,
    hosts,
    now: () => kernel.now(),
    unit: (node, name) => hosts.get(node)?.units.get(name.replace(/\.service$/, '') as UnitName),
    systemctl: (node, verb, name) => {
      const host = hosts.get(node);
      const unit = host?.units.get(name);
      const process = processes.get(node)?.[name];
      if (!host || !unit || !process) return;
      const now = kernel.now();
      if (verb === 'stop') stopUnit(host, unit, process, now);
      else if (verb === 'start') startUnit(host, unit, process, now);
      else restartUnit(host, unit, process, now);
      if (unit.state === 'activating') scheduleAutoRestart(kernel, host, unit, process);
    },
    runtime: (node) => runtimes.get(node),
  };
  return access;
}

/**
 * Restart=always with RestartSec=10: a kubelet that exited is started again every 10 s until its
 * configuration loads. The retries are background events (they do not hold settle()).
 */
function scheduleAutoRestart(kernel: Kernel, host: NodeHost, unit: SystemdUnit, process: UnitProcess): void {
  const since = unit.since;
  kernel.schedule(RESTART_SEC_MS, { from: 'systemd', to: `${unit.name}-${host.name}`, kind: 'timer', background: true, narration: { id: 'systemd.restart-unit', params: { node: host.name, unit: unit.name } }, deliver: () => {
    if (unit.state !== 'activating' || unit.since !== since) return;
    const now = kernel.now();
    host.record(now, unit.name, 'systemd', 1, `${unit.name}.service: Scheduled restart job, restart counter is at ${restartCounter(host, unit.name)}.`);
    unit.state = 'inactive';
    startUnit(host, unit, process, now);
    if ((unit.state as SystemdUnit['state']) === 'activating') scheduleAutoRestart(kernel, host, unit, process);
  } });
}

function restartCounter(host: NodeHost, unit: string): number {
  return host.journal.filter((e) => e.unit === unit && e.text.includes('Scheduled restart job')).length + 1;
}

/** The kubelet's own check of its config file (it exits with status 1 when the file does not load). */
function kubeletConfigError(host: NodeHost): { source: string; message: string } | undefined {
  const text = host.files.read(KUBELET_CONFIG_PATH);
  let reason: string | undefined;
  if (text === undefined) reason = `open ${KUBELET_CONFIG_PATH}: no such file or directory`;
  else {
    try {
      const value = parse(text) as Record<string, unknown> | null;
      if (!value || typeof value !== 'object') reason = `failed to decode: Object 'Kind' is missing in '${text.trim()}'`;
      else if (value.kind !== 'KubeletConfiguration') reason = `failed to decode: no kind "${String(value.kind ?? '')}" is registered for version "${String(value.apiVersion ?? '')}" in scheme "pkg/kubelet/apis/config/scheme/scheme.go:34"`;
    } catch (e) {
      reason = `failed to decode: yaml: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    }
  }
  if (!reason) return undefined;
  return { source: 'run.go:72', message: structured('command failed', { err: `failed to load kubelet config file, path: ${KUBELET_CONFIG_PATH}, error: ${reason}` }) };
}
