import type { ImageSpec } from './imageCatalogue.ts';

/**
 * What a started container does, decided from its image and command line. The engine does not run
 * programs: it recognises the shapes the notes use (servers, `sleep N`, `sh -c '...; sleep 3600'`,
 * `echo`, `exit N`, `tail -f`) and treats anything else in a shell image as finishing at once.
 */
export type ProcessOutcome =
  | { kind: 'runs-forever'; ignoresSigterm: boolean }
  | { kind: 'exits'; afterMs: number; exitCode: number; ignoresSigterm: boolean }
  | { kind: 'start-error'; message: string };

const FOREVER = Number.POSITIVE_INFINITY;

export function processOutcome(image: ImageSpec, command: string[] | undefined, args: string[] | undefined): ProcessOutcome {
  if (!command && !args) {
    return image.behaviour === 'server' ? { kind: 'runs-forever', ignoresSigterm: false } : { kind: 'exits', afterMs: 0, exitCode: 0, ignoresSigterm: false };
  }
  // `args` without `command` replace the image's CMD and keep its ENTRYPOINT. Shell images (busybox,
  // alpine) have no ENTRYPOINT, and the server images' entrypoint scripts run their arguments as the
  // command, except options (`--port 7000`), which they pass to the server.
  if (!command && args && args.length && image.behaviour === 'server' && args[0].startsWith('-')) return { kind: 'runs-forever', ignoresSigterm: false };
  const argv = command ? [...command, ...(args ?? [])] : [...(args ?? [])];
  if (argv.length === 0) return { kind: 'exits', afterMs: 0, exitCode: 0, ignoresSigterm: false };
  const exe = argv[0];
  const base = exe.split('/').pop()!;
  if (!image.binaries.includes(exe) && !image.binaries.includes(base)) {
    return {
      kind: 'start-error',
      message: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${exe}": executable file not found in $PATH: unknown`,
    };
  }
  if (base === 'sh' || base === 'bash' || base === 'ash') {
    const cIndex = argv.indexOf('-c');
    if (cIndex < 0) return { kind: 'exits', afterMs: 0, exitCode: 0, ignoresSigterm: true };
    return scriptOutcome(argv.slice(cIndex + 1).join(' '));
  }
  return scriptOutcome(argv.join(' '), image.behaviour === 'server' && !['sleep', 'echo', 'true', 'false', 'tail', 'exit'].includes(base));
}

/** A PID 1 shell or sleep ignores SIGTERM, so deletion waits for the whole grace period. */
function scriptOutcome(script: string, isServerBinary = false): ProcessOutcome {
  if (isServerBinary) return { kind: 'runs-forever', ignoresSigterm: false };
  let total = 0;
  for (const stmt of script.split(/;|&&|\n/).map((s) => s.trim()).filter(Boolean)) {
    let m: RegExpExecArray | null;
    if (/^while\s+true/.test(stmt) || /^tail\s+-f/.test(stmt) || /sleep\s+infinity/.test(stmt)) return { kind: 'runs-forever', ignoresSigterm: true };
    if ((m = /^sleep\s+(\d+(?:\.\d+)?)([smhd]?)$/.exec(stmt))) {
      const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
      total += Number(m[1]) * unit * 1000;
      continue;
    }
    if ((m = /^exit\s+(\d+)$/.exec(stmt))) return { kind: 'exits', afterMs: total, exitCode: Number(m[1]), ignoresSigterm: true };
    if (stmt === 'false') return { kind: 'exits', afterMs: total, exitCode: 1, ignoresSigterm: true };
  }
  if (total === FOREVER) return { kind: 'runs-forever', ignoresSigterm: true };
  return { kind: 'exits', afterMs: total, exitCode: 0, ignoresSigterm: true };
}
