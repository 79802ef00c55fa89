import { exportedVariables } from '../hostEnvironment.ts';

/**
 * The shell's parameters, kept in the command runner's per-cluster session: exported variables
 * live in `session.shellEnv` (hostEnvironment.ts, shared with the export/unset builtins), plain
 * shell variables (`NS=dev` on its own) in `session.shellVars`, and the special parameters `$?`
 * and `$!` in `session.shellStatus`.
 */
interface ShellStatus {
  lastExit: number;
  lastBackgroundPid?: number;
}

/** The interactive shell's own process id ($$): fixed, so runs stay reproducible. */
export const SHELL_PID = 1742;

function shellVars(session: Record<string, unknown>): Record<string, string> {
  return ((session.shellVars as Record<string, string> | undefined) ??= {}) as Record<string, string>;
}

export function shellStatus(session: Record<string, unknown>): ShellStatus {
  return ((session.shellStatus as ShellStatus | undefined) ??= { lastExit: 0 }) as ShellStatus;
}

/** The value of $NAME (or a special parameter); unset names expand to the empty string. */
export function parameterValue(session: Record<string, unknown>, name: string): string {
  switch (name) {
    case '?':
      return String(shellStatus(session).lastExit);
    case '$':
      return String(SHELL_PID);
    case '!':
      return String(shellStatus(session).lastBackgroundPid ?? '');
    case '#':
      return '0';
    case '-':
      return 'himBHs';
    case '0':
      return 'bash';
  }
  if (/^[1-9]$/.test(name)) return '';
  // `export NAME` of a shell variable marks it without a value in shellEnv: the shell value still holds.
  return exportedVariables(session)[name] ?? shellVars(session)[name] ?? '';
}

/** `NAME=value` without a command: updates an exported variable in place, else sets a shell variable. */
export function assignVariable(session: Record<string, unknown>, name: string, value: string): void {
  const exported = exportedVariables(session);
  if (name in exported) exported[name] = value;
  else shellVars(session)[name] = value;
}
