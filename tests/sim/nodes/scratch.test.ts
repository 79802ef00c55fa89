import { test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
test('scratch', () => {
  const c = createCluster({ seed: 5 });
  for (const l of ['kubectl create deployment web --image=nginx:1.26 --replicas=2', 'kubectl scale deployment web --replicas=3 --dry-run=server', 'kubectl scale deploy web --replicas=0 --current-replicas=2 --dry-run=server', 'kubectl scale rs -l app=web --replicas=1 --dry-run=server']) {
    const r = c.exec(l);
    c.settle();
    console.log(`$ ${l}\n${r.stdout}ERR:${r.stderr}[${r.exitCode}]`);
  }
});
