import { describe, expect, test } from 'vitest';
import { loadedCliParts, prepareCommands } from '../../../src/sim/index.ts';

// The full engine (`~/sim`) registers the lazily loadable CLI parts eagerly: nothing needs preparing.
describe('full engine entry', () => {
  test('every CLI part is registered at import', () => {
    expect(loadedCliParts()).toEqual(['kubectl-help', 'etcdctl']);
  });

  test('prepareCommands is a resolved no-op', async () => {
    await expect(prepareCommands(['kubectl get -h', 'etcdctl version'])).resolves.toBeUndefined();
    expect(loadedCliParts()).toEqual(['kubectl-help', 'etcdctl']);
  });
});
