import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import { registerProgram } from '../../../src/sim/cli/command.ts';
import type { SimCluster } from '../../../src/sim/cluster/cluster.ts';
import { expectSimulationErrors } from '../support/simulationErrors.ts';

/** The safety net: a component or command that throws is reported as a simulation error, never escapes. */
describe('simulation errors', () => {
  test('a component that throws while handling an event does not stop the cluster; the next command reports it', () => {
    const errors = expectSimulationErrors();
    const cluster = createCluster({ seed: 7 }) as SimCluster;
    cluster.exec('kubectl run web --image=nginx');
    cluster.kernel.schedule(5, {
      from: 'kube-controller-manager', to: 'kube-controller-manager', kind: 'timer',
      narration: { id: 'kubectl.wait', params: {} },
      deliver: () => { throw new TypeError('raw.trim is not a function'); },
    });
    expect(() => cluster.settle()).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ component: 'kube-controller-manager', during: 'timer', seed: 7, detail: 'TypeError: raw.trim is not a function' });
    expect(cluster.log.some((e) => e.kind === 'simulation-error' && e.narration.id === 'kernel.simulation-error' && e.narration.params.component === 'kube-controller-manager')).toBe(true);
    const next = cluster.exec('kubectl get pods');
    expect(next.exitCode).toBe(0);
    expect(next.stdout).toContain('web');
    expect(next.stderr).toMatch(/^simulation error: kube-controller-manager failed while handling a timer event at \d+\.\d{3}s \(a bug of this simulator, not of your input; the cluster keeps running\)\. To reproduce: seed 7, after 2 commands: kubectl run web --image=nginx ; kubectl get pods\n$/);
    expect(next.stderr).not.toMatch(/TypeError|is not a function/);
    // Reported once.
    expect(cluster.exec('kubectl get pods').stderr).toBe('');
  });

  test('a command that throws ends with exit code 1 and the simulation error line, not the JavaScript message', () => {
    const errors = expectSimulationErrors();
    registerProgram('explode-for-test', function* () {
      throw new TypeError('ports is not iterable');
    });
    const cluster = createCluster({ seed: 3 });
    const r = cluster.exec('explode-for-test');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('simulation error: this command failed inside the simulation (a bug of this simulator, not of your input; the cluster keeps running). To reproduce: seed 3, after 1 command: explode-for-test\n');
    expect(errors.map((e) => e.during)).toEqual(['command']);
  });
});
