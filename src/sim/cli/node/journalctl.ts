import { err, registerProgram } from '../command.ts';
import { currentHost, nodeAccess } from '../nodeSession.ts';
import { journalLine } from './unitText.ts';

/**
 * `journalctl` on the node the shell is on: the journal of the kubelet and containerd units (the
 * kubelet's klog lines and systemd's lines about the unit). `-u UNIT`, `-n N`/`--lines=N`, `-e`
 * (the last 1000 lines, as the pager's end), `-f`/`--follow`, `--no-pager`, `-x`, `-l`.
 * Simplification: `-f` prints the last lines, then what arrives during 10 s of virtual time, and
 * stops as if Ctrl-C was pressed. Without entries it prints `-- No entries --`.
 */
const FOLLOW_MS = 10_000;

registerProgram('journalctl', function* (argv, io) {
  const host = currentHost(io.session);
  const access = nodeAccess(io.session);
  if (!host || !access) {
    err(io, 'No journal files were found.');
    return 1;
  }
  const units: string[] = [];
  let lines: number | undefined;
  let follow = false;
  let since: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string): string | undefined => {
      if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
      if (a === name) return argv[++i];
      return undefined;
    };
    let v: string | undefined;
    if ((v = value('-u')) !== undefined || (v = value('--unit')) !== undefined) units.push(v.replace(/\.service$/, ''));
    else if (/^-u.+/.test(a)) units.push(a.slice(2).replace(/\.service$/, ''));
    else if ((v = value('-n')) !== undefined || (v = value('--lines')) !== undefined) {
      if (!/^\+?\d+$/.test(v) && v !== 'all') {
        err(io, `Failed to parse lines '${v}'`);
        return 1;
      }
      lines = v === 'all' ? undefined : Number(v);
    } else if ((v = value('--since')) !== undefined || (v = value('-S')) !== undefined) {
      // "10 min ago", "-1h", "today", "YYYY-MM-DD HH:MM:SS" (journalctl's time specifications, the relative ones simulated).
      const m = /^-?(\d+)\s*(s|sec|second|seconds|m|min|minute|minutes|h|hour|hours|d|day|days)(\s+ago)?$/.exec(v.trim());
      const unit = m ? ({ s: 1e3, sec: 1e3, second: 1e3, seconds: 1e3, m: 6e4, min: 6e4, minute: 6e4, minutes: 6e4, h: 36e5, hour: 36e5, hours: 36e5, d: 864e5, day: 864e5, days: 864e5 } as Record<string, number>)[m[2]] : undefined;
      if (m && unit) since = access.now() - Number(m[1]) * unit;
      else if (v !== 'today' && v !== 'yesterday' && !/^\d{4}-\d\d-\d\d/.test(v)) {
        err(io, `Failed to parse timestamp: ${v}`);
        return 1;
      }
    } else if (/^-n\d+$/.test(a)) lines = Number(a.slice(2));
    else if (a === '-f' || a === '--follow') follow = true;
    else if (a === '-e' || a === '--pager-end') lines ??= 1000;
    else if (/^-[xlaqr]+$/.test(a) || ['--no-pager', '--no-hostname', '--catalog', '--full', '--all', '--quiet'].includes(a)) continue;
    else if (/^-[a-z]*[fe][a-z]*$/.test(a)) {
      // Combined short options: -xe, -fu (handled as far as f/e/u go).
      if (a.includes('f')) follow = true;
      if (a.includes('e')) lines ??= 1000;
      if (a.endsWith('u') && argv[i + 1]) units.push(argv[++i].replace(/\.service$/, ''));
    } else if (a.startsWith('-')) {
      err(io, `journalctl: unrecognized option '${a}'`);
      return 1;
    } else {
      err(io, `Failed to add match '${a}': Invalid argument`);
      return 1;
    }
  }
  if (follow) lines ??= 10;
  const matches = () => host.journal.filter((e) => (units.length === 0 || units.includes(e.unit)) && (since === undefined || e.time >= since));
  const picked = matches();
  const shown = lines === undefined ? picked : picked.slice(Math.max(0, picked.length - lines));
  if (picked.length === 0 && !follow) {
    io.stdout.push('-- No entries --\n');
    return 0;
  }
  for (const e of shown) io.stdout.push(`${journalLine(host, e)}\n`);
  if (!follow) return 0;
  const last = picked[picked.length - 1];
  yield { type: 'sleep', ms: FOLLOW_MS };
  const after = matches();
  const start = last ? after.lastIndexOf(last) + 1 : 0;
  for (const e of after.slice(start)) io.stdout.push(`${journalLine(host, e)}\n`);
  return 0;
});
