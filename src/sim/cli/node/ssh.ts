import { err, program, registerProgram } from '../command.ts';
import { currentNodeName, nodeAccess, sshStack } from '../nodeSession.ts';

/**
 * `ssh NODE` moves the terminal's shell to another node of the cluster (as root, by the name in
 * /etc/hosts or its IP), `exit`/`logout` come back. `ssh NODE COMMAND...` runs one command there.
 * OpenSSH's own texts: an unknown host is `ssh: Could not resolve hostname X: Name or service not
 * known` (exit 255); leaving prints `logout` (bash) and `Connection to X closed.` (ssh). The login
 * banner (Ubuntu's MOTD) is left out.
 */
const USAGE = `usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]
           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]
           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]
           [-i identity_file] [-J [user@]host[:port]] [-L address]
           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]
           [-Q query_option] [-R address] [-S ctl_path] [-W host:port]
           [-w local_tun[:remote_tun]] destination [command]`;

/** Options that take a value (so `ssh -i key node01` finds the destination). */
const VALUE_OPTIONS = new Set(['-B', '-b', '-c', '-D', '-E', '-e', '-F', '-I', '-i', '-J', '-L', '-l', '-m', '-O', '-o', '-p', '-Q', '-R', '-S', '-W', '-w']);

registerProgram('ssh', function* (argv, io) {
  const access = nodeAccess(io.session);
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-')) i += VALUE_OPTIONS.has(argv[i]) ? 2 : 1;
  const destination = argv[i];
  if (!destination || !access) {
    err(io, USAGE);
    return 255;
  }
  const hostName = destination.includes('@') ? destination.slice(destination.indexOf('@') + 1) : destination;
  const node = [...access.hosts.values()].find((h) => h.name === hostName || h.ip === hostName);
  if (!node) {
    err(io, `ssh: Could not resolve hostname ${hostName}: Name or service not known`);
    return 255;
  }
  const command = argv.slice(i + 1);
  const stack = sshStack(io.session);
  stack.push(node.name);
  if (command.length === 0) return 0;
  // A remote command: run it on that node, then come back (ssh's exit status is the command's).
  try {
    const words = command.length === 1 ? command[0].split(/\s+/).filter(Boolean) : command;
    return yield* io.dispatch(words, {});
  } finally {
    stack.pop();
  }
});

function* leave(name: 'exit' | 'logout', argv: string[], io: Parameters<Parameters<typeof registerProgram>[1]>[1], before: ReturnType<typeof program>) {
  const stack = sshStack(io.session);
  if (stack.length === 0) {
    // Not in an ssh session: whatever else answers `exit` here (a container shell), or nothing to leave.
    if (before) return yield* before(argv, io);
    if (name === 'logout') {
      err(io, 'bash: logout: not login shell: use `exit\'');
      return 1;
    }
    return 0;
  }
  const from = currentNodeName(io.session);
  stack.pop();
  io.stdout.push('logout\n');
  err(io, `Connection to ${from} closed.`);
  return /^\d+$/.test(argv[0] ?? '') ? Number(argv[0]) % 256 : 0;
}

const exitBefore = program('exit');
const logoutBefore = program('logout');
registerProgram('exit', (argv, io) => leave('exit', argv, io, exitBefore));
registerProgram('logout', (argv, io) => leave('logout', argv, io, logoutBefore));
