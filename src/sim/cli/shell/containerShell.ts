import type { Pod } from '../../api/types.ts';
import { err, type CommandGenerator, type CommandIO } from '../command.ts';
import { runExec } from '../kubectl/verbs/exec.ts';

/**
 * `kubectl exec -it POD -- sh`: the terminal's shell moves inside the container. Until `exit`,
 * each command runs in that container (through the same exec path as `kubectl exec POD -- CMD`,
 * so it sees the container's environment and mounted files), and the prompt is the container
 * shell's (`/ # ` for busybox and alpine's sh, `# ` for Debian's dash, `root@POD:/# ` for bash).
 * Simplified: the command line itself (pipes, redirections, variables) is still parsed by the
 * terminal's shell, so `> file` writes the terminal's file, not the container's. The container's
 * session is plain data in the shell session (`session.containerShell`).
 */
export interface ContainerShell {
  namespace: string;
  pod: string;
  container: string;
  /** The shell that was started: sh, bash, ash... */
  shell: string;
  image: string;
}

export const SHELLS = ['sh', 'bash', '/bin/sh', '/bin/bash', 'ash', '/bin/ash'];

export function containerShell(session: Record<string, unknown>): ContainerShell | undefined {
  return session.containerShell as ContainerShell | undefined;
}

export function enterContainerShell(session: Record<string, unknown>, shell: ContainerShell): void {
  session.containerShell = shell;
}

/** The prompt of the shell inside the container. */
export function containerPrompt(shell: ContainerShell): string {
  const base = shell.shell.split('/').pop();
  if (base === 'bash') return `root@${shell.pod}:/# `;
  return /busybox|alpine/.test(shell.image) ? '/ # ' : '# ';
}

/** Text filters that only read their input (`env | grep X`): they work the same in any container. */
const TEXT_FILTERS = new Set(['grep', 'head', 'tail', 'wc', 'sort', 'echo', 'true', 'false', ':']);

/** Whether a command inside the container is a pure text filter the terminal runs itself. */
export function runsOnTerminalText(argv: string[]): boolean {
  return TEXT_FILTERS.has(argv[0]) || (argv[0] === 'cat' && argv.length === 1);
}

/** Runs one command inside the container the shell is in; `exit` leaves it. */
export function* runInContainerShell(argv: string[], io: CommandIO, shell: ContainerShell): CommandGenerator {
  if (argv[0] === 'exit' || argv[0] === 'logout') {
    delete io.session.containerShell;
    // bash says exit as it leaves; sh says nothing.
    if (shell.shell.endsWith('bash')) io.stdout.push('exit\n');
    const code = Number(argv[1] ?? 0);
    return Number.isInteger(code) ? code & 255 : 0;
  }
  const pod = io.peek('pods', shell.namespace, shell.pod) as Pod | undefined;
  const running = pod?.status?.containerStatuses?.find((s) => s.name === shell.container)?.state?.running;
  if (!pod || !running) {
    // The container went away under the shell: the session ends as kubectl's does.
    delete io.session.containerShell;
    err(io, 'command terminated with exit code 137');
    return 137;
  }
  return yield* runExec({ io, pod, container: shell.container, argv });
}
