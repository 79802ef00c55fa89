import { err, out, registerProgram, type CommandIO } from '../command.ts';
import { SHELL_PID } from './variables.ts';

/**
 * bash's job table for `cmd &`, kept in the session: job numbers, pids, states, and the notices
 * bash prints before the next prompt (`[1]+  Done                    cmd`). The `jobs`, `kill` and
 * `fg` builtins work on it. The command runner adds and finishes the jobs.
 */
export interface Job {
  number: number;
  pid: number;
  /** The and-or list as typed, without the `&`. */
  command: string;
  /** Running, Done (any exit status), or the signal that ended it as bash names it. */
  state: 'Running' | 'Done' | 'Terminated' | 'Killed' | 'Interrupt' | 'Hangup';
  exitCode: number;
  /** A server waiting for requests forever (kubectl proxy): `fg` cannot wait for it here. */
  serving: boolean;
  /** Set by the runner: stops the job's program (kill). */
  stop?: () => void;
}

interface JobTable {
  jobs: Job[];
  nextPid: number;
}

function table(session: Record<string, unknown>): JobTable {
  // Jobs get pids above the shell's own, in the order they start.
  return ((session.shellJobs as JobTable | undefined) ??= { jobs: [], nextPid: SHELL_PID + 519 }) as JobTable;
}

export function addJob(session: Record<string, unknown>, command: string): Job {
  const t = table(session);
  const number = t.jobs.reduce((max, j) => Math.max(max, j.number), 0) + 1;
  const job: Job = { number, pid: t.nextPid++, command, state: 'Running', exitCode: 0, serving: false };
  t.jobs.push(job);
  return job;
}

export function finishJob(job: Job, exitCode: number): void {
  if (job.state !== 'Running') return;
  job.state = 'Done';
  job.exitCode = exitCode;
}

/** The `+` (current) and `-` (previous) marks: the most recently started jobs. */
function mark(jobs: Job[], job: Job): string {
  const i = jobs.indexOf(job);
  if (i === jobs.length - 1) return '+';
  if (i === jobs.length - 2) return '-';
  return ' ';
}

function statusText(job: Job): string {
  if (job.state === 'Done' && job.exitCode !== 0) return `Exit ${job.exitCode}`;
  return job.state;
}

function jobLine(jobs: Job[], job: Job, withPid = false): string {
  const command = job.state === 'Running' ? `${job.command} &` : job.command;
  return `[${job.number}]${mark(jobs, job)}${withPid ? ` ${job.pid}` : ' '} ${statusText(job).padEnd(24)}${command}`;
}

/** Notices for jobs that ended since the last prompt; they leave the table once reported. */
export function takeJobNotices(session: Record<string, unknown>): string {
  const t = table(session);
  const ended = t.jobs.filter((j) => j.state !== 'Running');
  if (!ended.length) return '';
  const text = ended.map((j) => `${jobLine(t.jobs, j)}\n`).join('');
  t.jobs = t.jobs.filter((j) => j.state === 'Running');
  return text;
}

/** %n, %+, %%, %-, %name (prefix of the command); undefined when the spec names no job. */
function findJob(jobs: Job[], spec: string): Job | undefined {
  const s = spec.startsWith('%') ? spec.slice(1) : spec;
  if (s === '' || s === '+' || s === '%') return jobs[jobs.length - 1];
  if (s === '-') return jobs[jobs.length - 2];
  if (/^\d+$/.test(s)) return jobs.find((j) => j.number === Number(s));
  return jobs.find((j) => j.command.startsWith(s));
}

registerProgram('jobs', function* (argv, io) {
  const t = table(io.session);
  const withPid = argv.includes('-l');
  const onlyPids = argv.includes('-p');
  const bad = argv.find((a) => a.startsWith('-') && !['-l', '-p', '-r', '-s', '-n'].includes(a));
  if (bad) {
    err(io, `bash: jobs: ${bad.slice(0, 2)}: invalid option\njobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]`);
    return 2;
  }
  for (const job of t.jobs) out(io, onlyPids ? String(job.pid) : jobLine(t.jobs, job, withPid));
  // Listing reports ended jobs: bash does not announce them again.
  t.jobs = t.jobs.filter((j) => j.state === 'Running');
  return 0;
});

const SIGNALS: Record<string, { name: string; state: Job['state']; code: number }> = {
  TERM: { name: 'TERM', state: 'Terminated', code: 143 }, '15': { name: 'TERM', state: 'Terminated', code: 143 },
  KILL: { name: 'KILL', state: 'Killed', code: 137 }, '9': { name: 'KILL', state: 'Killed', code: 137 },
  INT: { name: 'INT', state: 'Interrupt', code: 130 }, '2': { name: 'INT', state: 'Interrupt', code: 130 },
  HUP: { name: 'HUP', state: 'Hangup', code: 129 }, '1': { name: 'HUP', state: 'Hangup', code: 129 },
};

const KILL_USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]';

/** bash's kill builtin, for jobs of this shell (the host's other processes are not simulated). */
registerProgram('kill', function* (argv, io) {
  let args = argv;
  let signal = SIGNALS.TERM;
  if (args[0] === '-l' || args[0] === '-L') {
    out(io, ' 1) SIGHUP\t 2) SIGINT\t 9) SIGKILL\t15) SIGTERM');
    return 0;
  }
  if (args[0] === '-s' || args[0] === '-n') {
    const s = SIGNALS[(args[1] ?? '').toUpperCase().replace(/^SIG/, '')];
    if (!s) return invalidSignal(io, args[1] ?? '');
    signal = s;
    args = args.slice(2);
  } else if (args[0]?.startsWith('-') && args[0] !== '--') {
    const s = SIGNALS[args[0].slice(1).toUpperCase().replace(/^SIG/, '')];
    if (!s) return invalidSignal(io, args[0].slice(1));
    signal = s;
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  if (!args.length) {
    err(io, KILL_USAGE);
    return 2;
  }
  const t = table(io.session);
  let exit = 0;
  for (const a of args) {
    const job = a.startsWith('%') ? findJob(t.jobs, a) : /^\d+$/.test(a) ? t.jobs.find((j) => j.pid === Number(a)) : undefined;
    if (!job || job.state !== 'Running') {
      if (a.startsWith('%')) err(io, `bash: kill: ${a}: no such job`);
      else if (/^-?\d+$/.test(a)) err(io, `bash: kill: (${a}) - No such process`);
      else err(io, `bash: kill: ${a}: arguments must be process or job IDs`);
      exit = 1;
      continue;
    }
    job.stop?.();
    job.state = signal.state;
    job.exitCode = signal.code;
  }
  return exit;
});

function invalidSignal(io: CommandIO, spec: string): number {
  err(io, `bash: kill: ${spec}: invalid signal specification`);
  return 1;
}

/**
 * `fg` brings a job to the foreground: the terminal runs one command at a time and cannot be
 * interrupted, so a job that never ends (a server) stays in the background with a note; a job
 * that has work left is waited for.
 */
registerProgram('fg', function* (argv, io) {
  const t = table(io.session);
  const job = findJob(t.jobs, argv[0] ?? '%+');
  if (!job) {
    err(io, `bash: fg: ${argv[0] ?? 'current'}: no such job`);
    return 1;
  }
  out(io, job.command);
  if (job.serving) {
    err(io, `(simulation) \`${job.command}' serves until it is stopped, and this terminal cannot send Ctrl+C: it stays in the background. Stop it with \`kill %${job.number}'.`);
    return 1;
  }
  yield { type: 'waitFor', predicate: () => job.state !== 'Running', timeoutMs: 30 * 60_000 };
  t.jobs = t.jobs.filter((j) => j !== job);
  return job.exitCode;
});
