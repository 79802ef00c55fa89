import type { NodeHost, SystemdUnit, UnitName } from './nodeHost.ts';

/**
 * systemd's part in the node: starting and stopping the kubelet and containerd units, and the lines
 * it writes to the journal when it does (the wording of systemd 249, Ubuntu 22.04's: "Started
 * <description>.", "<unit>: Deactivated successfully."). The process itself is a component of the
 * simulation; `UnitProcess` starts and stops it, and may refuse to start (the kubelet exits at once
 * when its configuration file does not load: `Restart=always` then keeps restarting it every 10 s).
 */
export interface UnitProcess {
  start(): void;
  stop(): void;
  /** Why the process would exit at once if started now (a klog line it logs), or undefined. */
  preflight?(): { source: string; message: string } | undefined;
}

export const RESTART_SEC_MS = 10_000;

export function unitFile(name: UnitName): string {
  return `${name}.service`;
}

function say(host: NodeHost, unit: SystemdUnit, now: number, text: string): void {
  host.record(now, unit.name, 'systemd', 1, text);
}

export function stopUnit(host: NodeHost, unit: SystemdUnit, process: UnitProcess, now: number): void {
  if (unit.state === 'inactive') return;
  const wasRunning = unit.state === 'active';
  say(host, unit, now, `Stopping ${unit.description}...`);
  if (wasRunning) process.stop();
  say(host, unit, now, `${unitFile(unit.name)}: Deactivated successfully.`);
  say(host, unit, now, `Stopped ${unit.description}.`);
  unit.state = 'inactive';
  unit.since = now;
  unit.exitStatus = undefined;
}

/** Starts the unit: a new main process; one whose preflight fails exits with status 1 and is restarted later. */
export function startUnit(host: NodeHost, unit: SystemdUnit, process: UnitProcess, now: number): void {
  if (unit.state === 'active') return;
  unit.mainPid = host.newPid();
  unit.since = now;
  say(host, unit, now, `Started ${unit.description}.`);
  const failure = process.preflight?.();
  if (failure) {
    host.klog(now, unit.name, 'E', failure.source, failure.message);
    say(host, unit, now, `${unitFile(unit.name)}: Main process exited, code=exited, status=1/FAILURE`);
    say(host, unit, now, `${unitFile(unit.name)}: Failed with result 'exit-code'.`);
    unit.state = 'activating';
    unit.exitStatus = 1;
    return;
  }
  unit.state = 'active';
  unit.exitStatus = undefined;
  process.start();
}

export function restartUnit(host: NodeHost, unit: SystemdUnit, process: UnitProcess, now: number): void {
  if (unit.state === 'active') {
    say(host, unit, now, `Stopping ${unit.description}...`);
    process.stop();
    say(host, unit, now, `${unitFile(unit.name)}: Deactivated successfully.`);
    say(host, unit, now, `Stopped ${unit.description}.`);
    unit.state = 'inactive';
  }
  startUnit(host, unit, process, now);
}
