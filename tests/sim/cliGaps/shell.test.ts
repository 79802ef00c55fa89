import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import { UNSIMULATED_HOST_TOOLS } from '../../../src/sim/cli/shell/hostTools.ts';

// export/unset persist for the terminal session; real host tools answer that they are not simulated.
describe('export and unset', () => {
  test('export ETCDCTL_API=2 changes what later etcdctl commands see; unset restores the default', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('etcdctl version').stdout).toBe('etcdctl version: 3.4.23\nAPI version: 3.4\n');
    expect(c.exec('export ETCDCTL_API=2')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(c.exec('etcdctl --version').stdout).toBe('etcdctl version: 3.4.23\nAPI version: 2\n');
    // A prefix still wins for one command.
    expect(c.exec('ETCDCTL_API=3 etcdctl version').stdout).toBe('etcdctl version: 3.4.23\nAPI version: 3.4\n');
    expect(c.exec('unset ETCDCTL_API').exitCode).toBe(0);
    expect(c.exec('etcdctl version').stdout).toBe('etcdctl version: 3.4.23\nAPI version: 3.4\n');
  });

  test('the note\'s export ETCDCTL_API=3 then etcdctl works', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('export ETCDCTL_API=3').exitCode).toBe(0);
    expect(c.exec('etcdctl put key1 value1').stdout).toBe('OK\n');
    expect(c.exec('etcdctl get key1').stdout).toBe('key1\nvalue1\n');
  });

  test('export alone lists declare -x lines sorted, with bash quoting, and names without a value', () => {
    const c = createCluster({ seed: 1 });
    c.exec('export GREETING=\'say "hi" $HOME\' MARKED');
    const listed = c.exec('export').stdout.split('\n');
    expect(listed).toContain('declare -x GREETING="say \\"hi\\" \\$HOME"');
    expect(listed).toContain('declare -x MARKED');
    expect(listed).toContain('declare -x ETCDCTL_CACERT="/etc/kubernetes/pki/etcd/ca.crt"');
    const names = listed.filter(Boolean).map((l) => l.replace(/^declare -x /, '').split('=')[0]);
    expect(names).toEqual([...names].sort());
    expect(c.exec('export -p').stdout).toBe(c.exec('export').stdout);
  });

  test('invalid names and options get bash\'s errors; the valid words still take effect', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('export 1A=x B=2')).toEqual({ stdout: '', stderr: "bash: export: `1A=x': not a valid identifier\n", exitCode: 1 });
    expect(c.exec('export').stdout).toContain('declare -x B="2"\n');
    expect(c.exec('export -z')).toEqual({ stdout: '', stderr: 'bash: export: -z: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n', exitCode: 2 });
    expect(c.exec('unset 9x')).toEqual({ stdout: '', stderr: "bash: unset: `9x': not a valid identifier\n", exitCode: 1 });
    expect(c.exec('unset NOT_SET').exitCode).toBe(0);
  });

  test('an external etcd cluster keeps ETCDCTL_ENDPOINTS in the exported environment', () => {
    const c = createCluster({ seed: 1, etcdMembers: 3 });
    expect(c.exec('export').stdout).toContain('declare -x ETCDCTL_ENDPOINTS="https://192.168.1.21:2379,https://192.168.1.22:2379,https://192.168.1.23:2379"\n');
    expect(c.exec('etcdctl member list').exitCode).toBe(0);
    c.exec('unset ETCDCTL_ENDPOINTS');
    // Without the endpoints etcdctl dials 127.0.0.1:2379 on the control plane, where no member runs.
    expect(c.exec('etcdctl member list --command-timeout=1s').exitCode).toBe(1);
  });
});

describe('host tools the simulation does not have', () => {
  test.each(['less', 'kubeadm', 'ctr', 'docker'])('%s is real but not simulated (exit 127)', (tool) => {
    const c = createCluster({ seed: 1 });
    expect(c.exec(`${tool} something`)).toEqual({ stdout: '', stderr: `bash: ${tool}: not available in this simulation\n`, exitCode: 127 });
  });

  test('sudo is dropped (the terminal is a root shell), so sudo vi is vi', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('sudo vi pod.yaml', { editor: () => 'kind: Pod\n' }).exitCode).toBe(0);
    expect(c.exec('cat pod.yaml').stdout).toBe('kind: Pod\n');
  });

  test('unknown words keep bash\'s command not found', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('kubeclt get pods')).toEqual({ stdout: '', stderr: 'kubeclt: command not found\n', exitCode: 127 });
  });

  test('a tool the engine simulates keeps its program', () => {
    const c = createCluster({ seed: 1 });
    expect(UNSIMULATED_HOST_TOOLS).not.toContain('curl');
    expect(c.exec('cat nothere').stderr).toBe('cat: nothere: No such file or directory\n');
  });
});
