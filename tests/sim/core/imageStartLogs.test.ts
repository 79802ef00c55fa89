// `kubectl logs` of a server image started with its own command shows the image's start-up lines
// (issue 12, "containers that say something"); a container given a command prints what it runs.
import { expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

test('nginx prints its entrypoint lines and start notices with the version its tag names; --tail keeps the last lines', () => {
  const c = createCluster({ seed: 1 });
  c.exec('kubectl run web --image=nginx:1.27');
  c.settle();
  const lines = c.exec('kubectl logs web').stdout.split('\n');
  expect(lines[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
  expect(lines).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
  expect(lines.some((l) => /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: nginx\/1\.27\.5$/.test(l))).toBe(true);
  expect(c.exec('kubectl logs web --tail 1').stdout).toMatch(/\[notice\] 1#1: start worker process 30\n$/);
});

test('redis prints its banner; busybox with a command prints what the command echoes, not a banner', () => {
  const c = createCluster({ seed: 1 });
  c.exec('kubectl run cache --image=redis:7');
  c.exec('kubectl run hello --image=busybox -- sh -c "echo hi; sleep 3600"');
  c.settle();
  expect(c.exec('kubectl logs cache').stdout).toMatch(/^1:C \d\d \w{3} \d{4} [\d:.]+ # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n1:C .* Redis version=7\.4\.4,/);
  expect(c.exec('kubectl logs cache').stdout).toMatch(/Ready to accept connections tcp\n$/);
  expect(c.exec('kubectl logs hello').stdout).toBe('hi\n');
});
