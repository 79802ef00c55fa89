/**
 * The environment of the terminal's root shell on the control-plane node, kept in the command
 * runner's session so `export` and `unset` persist for the rest of the session. Programs that read
 * variables (etcdctl) take them from here; a `VAR=x cmd` prefix still overrides for one command.
 */

/**
 * What the shell's profile exports for etcdctl: the kubeadm etcd client certificates
 * (ETCDCTL_CACERT/CERT/KEY, an etcdctl 3.4 feature). With an external etcd cluster (3/5 members) the
 * cluster adds ETCDCTL_ENDPOINTS through `session.hostEnv`.
 */
export const CONTROL_PLANE_ETCDCTL_ENV: Record<string, string> = {
  ETCDCTL_CACERT: '/etc/kubernetes/pki/etcd/ca.crt',
  ETCDCTL_CERT: '/etc/kubernetes/pki/etcd/server.crt',
  ETCDCTL_KEY: '/etc/kubernetes/pki/etcd/server.key',
};

/** A root login shell's own variables (simplified: the usual ones of a Debian/Ubuntu root login). */
const LOGIN_ENV: Record<string, string> = {
  HOME: '/root',
  HOSTNAME: 'controlplane',
  LANG: 'C.UTF-8',
  LOGNAME: 'root',
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  PWD: '/root',
  SHELL: '/bin/bash',
  SHLVL: '1',
  TERM: 'xterm',
  USER: 'root',
};

/**
 * Exported variables: name -> value, or null for a name marked with `export NAME` that has no value
 * (bash lists it as `declare -x NAME`). Created on first use from the login environment, the profile
 * and the cluster's `hostEnv`.
 */
export function exportedVariables(session: Record<string, unknown>): Record<string, string | null> {
  let vars = session.shellEnv as Record<string, string | null> | undefined;
  if (!vars) {
    vars = { ...LOGIN_ENV, ...CONTROL_PLANE_ETCDCTL_ENV, ...((session.hostEnv as Record<string, string> | undefined) ?? {}) };
    session.shellEnv = vars;
  }
  return vars;
}

/** The environment a program started from the shell inherits (names without a value are not passed). */
export function programEnvironment(session: Record<string, unknown>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(exportedVariables(session))) if (v !== null) env[k] = v;
  return env;
}
