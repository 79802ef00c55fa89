import type { Pod } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator, type CommandIO } from '../../command.ts';
import { enterContainerShell, SHELLS } from '../../shell/containerShell.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { findImage, parseImageRef } from '../../../node/runtime/imageCatalogue.ts';
import { podForArgument } from '../podForObject.ts';

/**
 * kubectl exec: runs a command "in" a container. The engine does not run programs; each command is
 * answered by a handler registered here (registerExecHandler). Built in: etcdctl inside the etcd
 * static pod (dispatched to the etcdctl program against the cluster's real keyspace), and a few
 * shell basics (echo, hostname, env, cat /etc/resolv.conf, /etc/hostname).
 */
export interface ExecContext {
  io: CommandIO;
  pod: Pod;
  container: string;
  argv: string[];
}

export interface ExecHandler {
  name: string;
  /** True if this handler answers argv in this pod. */
  match(ctx: ExecContext): boolean;
  run(ctx: ExecContext): CommandGenerator;
}

const handlers: ExecHandler[] = [];

/** Later registrations take precedence (a helper can override a built-in). */
export function registerExecHandler(handler: ExecHandler): void {
  const i = handlers.findIndex((h) => h.name === handler.name);
  if (i >= 0) handlers.splice(i, 1);
  handlers.unshift(handler);
}

function binaryExists(pod: Pod, container: string, exe: string): boolean {
  const c = pod.spec.containers.find((x) => x.name === container);
  const ref = parseImageRef(c?.image ?? '');
  const spec = ref && findImage(ref);
  if (!spec) return true;
  const base = exe.split('/').pop()!;
  return spec.binaries.includes(exe) || spec.binaries.includes(base);
}

export function* runExec(ctx: ExecContext): CommandGenerator {
  const exe = ctx.argv[0];
  const handler = handlers.find((h) => h.match(ctx));
  if (!binaryExists(ctx.pod, ctx.container, exe) && !(handler && handler.name === 'etcdctl-in-etcd-pod')) {
    err(ctx.io, `error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${fakeExecId(ctx)}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${exe}": executable file not found in $PATH: unknown`);
    return 1;
  }
  if (!handler) {
    err(ctx.io, `error: the simulated container cannot run "${ctx.argv.join(' ')}" (the engine answers only the commands the notes use)`);
    return 1;
  }
  return yield* handler.run(ctx);
}

/** True unless the exec itself failed before the command ran (those errors start with "error: "). */
function ranInContainer(io: CommandIO): boolean {
  const last = io.stderr[io.stderr.length - 1] ?? '';
  return !last.startsWith('error: ');
}

function fakeExecId(ctx: ExecContext): string {
  let h = 0x811c9dc5;
  let s = '';
  for (let round = 0; s.length < 64; round++) {
    for (const ch of `${ctx.pod.metadata.uid}${ctx.argv.join(' ')}${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    s += h.toString(16).padStart(8, '0');
  }
  return s.slice(0, 64);
}

function* execVerb(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const podArg = ctx.args[0];
  if (!podArg) {
    err(io, "error: expected 'exec POD_NAME COMMAND [ARG1] [ARG2] ... [ARGN]'.\nPOD_NAME and COMMAND are required arguments for the exec command\nSee 'kubectl exec -h' for help and examples");
    return 1;
  }
  const argv = ctx.afterDash ?? ctx.args.slice(1);
  if (argv.length === 0) {
    err(io, 'error: you must specify at least one command for the container');
    return 1;
  }
  const choice = yield* podForArgument(ctx, podArg, 'exec');
  if ('error' in choice) {
    err(io, choice.error);
    return 1;
  }
  const podName = choice.name;
  const r = yield* api({ verb: 'get', resource: 'pods', namespace: ctx.namespace, name: podName });
  if (!r.ok) {
    err(io, kubectlErrorText(r));
    return 1;
  }
  const pod = r.object as Pod;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    err(io, `error: cannot exec into a container in a completed pod; current phase is ${phase}`);
    return 1;
  }
  let container = flags.container as string | undefined;
  if (!container) {
    container = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? pod.spec.containers[0]?.name;
    if (pod.spec.containers.length > 1) err(io, `Defaulted container "${container}" out of: ${pod.spec.containers.map((c) => c.name).join(', ')}`);
  }
  if (!pod.spec.containers.some((c) => c.name === container)) {
    err(io, `error: container ${container} not found in pod ${podName}`);
    return 1;
  }
  const status = pod.status?.containerStatuses?.find((s) => s.name === container);
  if (!status?.state?.running) {
    err(io, `error: unable to upgrade connection: container not found ("${container}")`);
    return 1;
  }
  if (SHELLS.includes(argv[0]) && argv.length === 1 && (flags.stdin || flags.tty)) {
    if (!binaryExists(pod, container!, argv[0])) return yield* runExec({ io, pod, container: container!, argv });
    if (!flags.stdin) {
      // -t without -i: kubectl warns and the shell, with no input, exits at once.
      err(io, 'Unable to use a TTY - input is not a terminal or the right kind of file');
      return 0;
    }
    // kubectl exec -it POD -- sh: the terminal's shell moves into the container until `exit`.
    const image = pod.spec.containers.find((c) => c.name === container)?.image ?? '';
    enterContainerShell(io.session, { namespace: pod.metadata.namespace ?? ctx.namespace, pod: podName, container: container!, shell: argv[0], image });
    return 0;
  }
  const code = yield* runExec({ io, pod, container: container!, argv });
  // kubectl reports a command that ran and failed in the container (not kubectl's own errors).
  if (code !== 0 && ranInContainer(io)) err(io, `command terminated with exit code ${code}`);
  return code;
}

/** kubectl run -i [--rm]: wait for the container, show what its command prints, optionally delete the pod. */
export function* runInPod(ctx: KubectlContext, name: string, remove: boolean): CommandGenerator {
  const { io } = ctx;
  yield {
    type: 'waitFor',
    timeoutMs: 120_000,
    predicate: () => {
      const p = io.peek('pods', ctx.namespace, name) as Pod | undefined;
      const s = p?.status?.containerStatuses?.[0]?.state;
      return !!(s?.running || s?.terminated || (p?.status?.phase && p.status.phase !== 'Pending'));
    },
  };
  const pod = io.peek('pods', ctx.namespace, name) as Pod | undefined;
  let exit = 0;
  if (pod) {
    const c = pod.spec.containers[0];
    const argv = [...(c.command ?? []), ...(c.args ?? [])];
    const handler = argv.length ? handlers.find((h) => h.match({ io, pod, container: c.name, argv })) : undefined;
    if (handler) exit = yield* handler.run({ io, pod, container: c.name, argv });
  }
  if (remove) {
    const d = yield* api({ verb: 'delete', resource: 'pods', namespace: ctx.namespace, name, gracePeriodSeconds: 0 });
    if (d.ok) out(io, `pod "${name}" deleted`);
  }
  return exit;
}

registerVerb({
  name: 'exec',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'stdin', short: 'i', type: 'bool', default: false },
    { name: 'tty', short: 't', type: 'bool', default: false },
    { name: 'quiet', short: 'q', type: 'bool', default: false },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
  ],
  run: execVerb,
});

// ---- built-in handlers ----

registerExecHandler({
  name: 'etcdctl-in-etcd-pod',
  match: (ctx) => ctx.argv[0] === 'etcdctl' && (ctx.pod.spec.containers.find((c) => c.name === ctx.container)?.image ?? '').includes('etcd'),
  *run(ctx) {
    // The command runs in the pod: the terminal's environment does not reach it.
    return yield* ctx.io.dispatch(['etcdctl@etcd-pod', ...ctx.argv.slice(1)], {});
  },
});

registerExecHandler({
  name: 'shell-basics',
  match: (ctx) => ['echo', 'hostname', 'env', 'printenv', 'cat', 'true', 'date', 'whoami', 'pwd'].includes(ctx.argv[0]),
  *run(ctx) {
    const [cmd, ...args] = ctx.argv;
    const pod = ctx.pod;
    const container = pod.spec.containers.find((c) => c.name === ctx.container);
    switch (cmd) {
      case 'echo':
        out(ctx.io, args.join(' '));
        return 0;
      case 'hostname':
        out(ctx.io, pod.spec.hostNetwork ? pod.spec.nodeName ?? '' : pod.metadata.name!);
        return 0;
      case 'whoami':
        out(ctx.io, 'root');
        return 0;
      case 'pwd':
        out(ctx.io, '/');
        return 0;
      case 'true':
        return 0;
      case 'date':
        out(ctx.io, new Date(Date.UTC(2026, 0, 15, 9) + ctx.io.now()).toUTCString().replace('GMT', 'UTC'));
        return 0;
      case 'env':
      case 'printenv': {
        const lines = [
          'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
          `HOSTNAME=${pod.metadata.name}`,
          ...(container?.env ?? []).map((e) => `${e.name}=${e.value ?? ''}`),
          'KUBERNETES_SERVICE_HOST=10.96.0.1',
          'KUBERNETES_SERVICE_PORT=443',
          'KUBERNETES_PORT=tcp://10.96.0.1:443',
          'HOME=/root',
        ];
        if (args[0]) {
          const hit = lines.find((l) => l.startsWith(`${args[0]}=`));
          if (!hit) return 1;
          out(ctx.io, hit.slice(args[0].length + 1));
          return 0;
        }
        out(ctx.io, lines.join('\n'));
        return 0;
      }
      case 'cat': {
        const file = args[0];
        if (file === '/etc/hostname') {
          out(ctx.io, pod.metadata.name!);
          return 0;
        }
        if (file === '/etc/resolv.conf' && pod.spec.dnsPolicy !== 'Default' && !pod.spec.hostNetwork) {
          out(ctx.io, `search ${pod.metadata.namespace}.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5`);
          return 0;
        }
        err(ctx.io, `cat: can't open '${file}': No such file or directory`);
        return 1;
      }
    }
    return 0;
  },
});
