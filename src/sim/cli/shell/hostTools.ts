import { err, program, registerProgram } from '../command.ts';

/**
 * Programs a real control-plane node has but the simulated terminal does not: they answer that they
 * are not available here (exit 127 like a missing command), so the reader does not conclude that
 * the real machine lacks them. Words that are no real tool keep bash's `command not found`.
 * (`sudo` never reaches here: the shell drops it, the terminal being a root shell already.)
 */
export const UNSIMULATED_HOST_TOOLS = [
  // editors and pagers
  'vi', 'vim', 'nano', 'less',
  // services and logs of the node (kubelet and containerd run as systemd units on kubeadm nodes)
  'systemctl', 'service', 'journalctl',
  // processes and network of the host
  'ps', 'top', 'netstat', 'ss', 'ip', 'ifconfig', 'iptables', 'iptables-save', 'ipvsadm', 'ping', 'nslookup', 'dig',
  // container runtime and node tooling
  'crictl', 'ctr', 'nerdctl', 'docker', 'kubeadm', 'kubelet', 'etcdutl', 'openssl',
  // remote login, text tools
  'ssh', 'scp', 'watch',
];

for (const tool of UNSIMULATED_HOST_TOOLS) {
  // A tool another part of the engine simulates (curl, wget, ...) keeps its program.
  if (program(tool)) continue;
  registerProgram(tool, function* (_argv, io) {
    err(io, `bash: ${tool}: not available in this simulation`);
    return 127;
  });
}
