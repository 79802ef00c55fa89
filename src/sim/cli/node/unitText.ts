import { EPOCH_MS } from '../../api/meta.ts';
import type { JournalEntry, NodeHost, SystemdUnit } from '../../node/host/nodeHost.ts';

/**
 * Texts of systemd's tools (systemd 249, Ubuntu 22.04): timestamps as `systemctl status` prints
 * them (`Thu 2026-01-15 08:44:50 UTC`), the relative age (`format_timestamp_relative`: `15min
 * ago`, `1h 2min ago`, `42s ago`) and a journal line in journalctl's default `short` output
 * (`Jan 15 09:00:00 controlplane kubelet[1234]: ...`). Times are the virtual clock's.
 */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

export function systemdTimestamp(virtualMs: number): string {
  const d = new Date(EPOCH_MS + virtualMs);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC`;
}

export function relativeAge(ms: number): string {
  const s = Math.floor(ms / 1000);
  const min = Math.floor(s / 60);
  const h = Math.floor(min / 60);
  const days = Math.floor(h / 24);
  if (days >= 2) return `${days} days ${h % 24}h ago`;
  if (h >= 25) return `1 day ${h - 24}h ago`;
  if (h >= 6) return `${h}h ago`;
  if (h >= 1) return `${h}h ${min % 60}min ago`;
  if (min >= 5) return `${min}min ago`;
  if (min >= 1) return `${min}min ${s % 60}s ago`;
  if (s >= 1) return `${s}s ago`;
  if (ms >= 1) return `${ms}ms ago`;
  return 'now';
}

export function journalLine(host: NodeHost, e: JournalEntry): string {
  const d = new Date(EPOCH_MS + e.time);
  return `${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${host.name} ${e.identifier}[${e.pid}]: ${e.text}`;
}

export function unitDocs(unit: SystemdUnit): string {
  return unit.name === 'kubelet' ? 'https://kubernetes.io/docs/' : 'https://containerd.io';
}

/** The unit files `systemctl cat` shows (the kubelet package's kubelet.service and containerd's). */
export function unitFileText(unit: SystemdUnit): string {
  if (unit.name === 'kubelet') {
    return '[Unit]\nDescription=kubelet: The Kubernetes Node Agent\nDocumentation=https://kubernetes.io/docs/\nWants=network-online.target\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/bin/kubelet\nRestart=always\nStartLimitInterval=0\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n';
  }
  return '[Unit]\nDescription=containerd container runtime\nDocumentation=https://containerd.io\nAfter=network.target local-fs.target\n\n[Service]\nExecStartPre=-/sbin/modprobe overlay\nExecStart=/usr/bin/containerd\n\nType=notify\nDelegate=yes\nKillMode=process\nRestart=always\nRestartSec=5\nLimitNPROC=infinity\nLimitCORE=infinity\nTasksMax=infinity\nOOMScoreAdjust=-999\n\n[Install]\nWantedBy=multi-user.target\n';
}
