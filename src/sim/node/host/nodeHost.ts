import { EPOCH_MS } from '../../api/meta.ts';
import { klogHeader, type Severity } from './klog.ts';
import { NodeFileSystem } from './nodeFileSystem.ts';

/**
 * The operating system of one node, as far as the notes reach into it: its disk
 * (`NodeFileSystem`), systemd's units for the kubelet and containerd, and the journal those units
 * write to. The kubelet and the container runtime are components of the simulation; the host only
 * starts and stops them (what `systemctl` does) and keeps what they log (what `journalctl` reads).
 */
export interface JournalEntry {
  /** Virtual time in ms. */
  time: number;
  unit: string;
  /** The syslog identifier journalctl prints: `kubelet`, `containerd`, `systemd`. */
  identifier: string;
  pid: number;
  text: string;
}

export type UnitName = 'kubelet' | 'containerd';

export interface SystemdUnit {
  name: UnitName;
  description: string;
  /** The unit file and its drop-ins (what `Loaded:` and `Drop-In:` show). */
  fragmentPath: string;
  vendorPreset: 'enabled' | 'disabled';
  dropIns: { dir: string; files: string[] }[];
  enabled: boolean;
  /** active: running; inactive: stopped by systemctl; failed/activating: the process exited with an error and systemd restarts it (Restart=always). */
  state: 'active' | 'inactive' | 'failed' | 'activating';
  /** When the unit last entered its current state (virtual ms). */
  since: number;
  mainPid: number;
  /** The process's command line (ExecStart after the drop-in's variables are expanded). */
  commandLine: string;
  /** The last exit status of a failed start (status=1/FAILURE). */
  exitStatus?: number;
}

/** Keeps the journal to a bounded size (journald rotates; a long session keeps the latest lines). */
const JOURNAL_MAX = 5_000;

export class NodeHost {
  readonly name: string;
  readonly ip: string;
  readonly controlPlane: boolean;
  readonly files = new NodeFileSystem();
  readonly journal: JournalEntry[] = [];
  readonly units = new Map<UnitName, SystemdUnit>();
  /** Process ids are handed out in order, as the kernel does (deterministic: no randomness). */
  private nextPid: number;

  constructor(name: string, ip: string, controlPlane: boolean, index: number) {
    this.name = name;
    this.ip = ip;
    this.controlPlane = controlPlane;
    this.nextPid = 600 + index * 37;
  }

  newPid(): number {
    this.nextPid += 1 + (this.nextPid % 7);
    return this.nextPid;
  }

  /** A line of the journal (what the process wrote to its stderr, or systemd's own message). */
  record(time: number, unit: string, identifier: string, pid: number, text: string): void {
    this.journal.push({ time, unit, identifier, pid, text });
    if (this.journal.length > JOURNAL_MAX) this.journal.splice(0, this.journal.length - JOURNAL_MAX);
  }

  /** A klog line of the process of a unit (kubelet, containerd). */
  klog(time: number, unit: UnitName, severity: Severity, source: string, message: string): void {
    const u = this.units.get(unit);
    const pid = u?.mainPid ?? 0;
    this.record(time, unit, unit, pid, `${klogHeader(severity, EPOCH_MS + time, pid, source)} ${message}`);
  }
}
