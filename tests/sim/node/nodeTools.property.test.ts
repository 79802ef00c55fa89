import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

/** Random node-tool command lines (ssh, systemctl, journalctl, crictl, ps, etcdutl) never throw and always end with an exit code. */
const tools = ['ssh', 'systemctl', 'journalctl', 'crictl', 'ps', 'etcdutl', 'exit', 'logout'];
const words = ['node01', 'node02', 'nodeX', 'status', 'stop', 'start', 'restart', 'enable', 'disable', 'is-active', 'is-enabled', 'cat', 'kubelet', 'containerd', 'foo',
  '-u', '-n', '5', '-f', '--no-pager', '-xe', 'ps', 'pods', 'images', 'logs', 'inspect', 'inspectp', '-a', '-q', '--name', '[', 'kube', 'aux', '-ef', 'snapshot',
  'restore', '/opt/x.db', '--data-dir', '/var/lib/etcd-x', '-w', 'table', 'json', '--lines=abc', '0123', ''];

test('random node-tool command lines never throw, always exit with a code', () => {
  const c = createCluster({ seed: 3 });
  c.exec('etcdctl snapshot save /opt/x.db');
  fc.assert(
    fc.property(fc.constantFrom(...tools), fc.array(fc.constantFrom(...words), { maxLength: 5 }), (tool, args) => {
      const line = [tool, ...args].filter(Boolean).join(' ');
      const r = c.exec(line);
      expect(typeof r.exitCode).toBe('number');
      expect(r.stderr).not.toMatch(/simulation error|TypeError|undefined is not/);
    }),
    { numRuns: 120, seed: Number(process.env.FC_SEED ?? 7) },
  );
});
