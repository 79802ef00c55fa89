import { describe, expect, it } from 'vitest';
import type { Deployment, Pod, ReplicaSet } from '../../../src/sim/api/types';
import { exposeServiceObject } from '../../../src/sim/cli/kubectl/services/serviceGenerators';

const pod = (labels?: Record<string, string>, ports: number[] = []): Pod => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nginx', namespace: 'default', labels },
  spec: { containers: [{ name: 'nginx', image: 'nginx', ports: ports.map((containerPort) => ({ containerPort })) }] },
});

describe('kubectl expose (object building)', () => {
  it('copies a deployment selector and labels; targetPort defaults to port (k8s-facts 12.5)', () => {
    const d: Deployment = {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', labels: { app: 'web' } },
      spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx' }] } } },
    };
    expect(exposeServiceObject(d, { port: '80', type: 'NodePort' })).toEqual({
      kind: 'Service', apiVersion: 'v1',
      metadata: { name: 'web', creationTimestamp: null, labels: { app: 'web' } },
      spec: { ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }], selector: { app: 'web' }, type: 'NodePort' },
      status: { loadBalancer: {} },
    });
    expect(exposeServiceObject(d, { port: '80', targetPort: '8080', name: 'web-svc' }).spec).toMatchObject({ ports: [{ port: 80, targetPort: 8080 }] });
    expect(exposeServiceObject(d, { port: '80', targetPort: 'http' }).spec.ports![0].targetPort).toBe('http');
  });

  it('takes ports from the pod template when --port is not given, naming them when there are several', () => {
    expect(exposeServiceObject(pod({ run: 'nginx' }, [80]), {}).spec.ports).toEqual([{ port: 80, protocol: 'TCP', targetPort: 80 }]);
    expect(exposeServiceObject(pod({ run: 'nginx' }, [80, 443]), {}).spec.ports).toEqual([
      { name: 'port-1', port: 80, protocol: 'TCP', targetPort: 80 },
      { name: 'port-2', port: 443, protocol: 'TCP', targetPort: 443 },
    ]);
    expect(() => exposeServiceObject(pod({ run: 'nginx' }), {})).toThrow("couldn't find port via --port flag or introspection");
  });

  it('refuses objects it cannot select', () => {
    expect(() => exposeServiceObject(pod(undefined, [80]), {})).toThrow("couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed");
    const rs: ReplicaSet = {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs' },
      spec: { selector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }] }, template: { spec: { containers: [{ name: 'c' }] } } },
    };
    expect(() => exposeServiceObject(rs, { port: '80' })).toThrow(/couldn't retrieve selectors/);
    expect(exposeServiceObject(rs, { port: '80', selector: 'tier=web' }).spec.selector).toEqual({ tier: 'web' });
  });
});

describe('describe service endpoints line', () => {
  it('lists ready endpoints of the port, three at most', async () => {
    const { formatEndpointSlices } = await import('../../../src/sim/cli/kubectl/services/describers');
    const slice = (ready: boolean[]) => ({
      apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', addressType: 'IPv4', metadata: { name: 's' },
      endpoints: ready.map((r, i) => ({ addresses: [`10.0.0.${i + 1}`], conditions: { ready: r } })),
      ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
    }) as never;
    const port = { name: 'http', port: 80 };
    expect(formatEndpointSlices([], port)).toBe('<none>');
    expect(formatEndpointSlices([slice([true, false, true])], port)).toBe('10.0.0.1:80,10.0.0.3:80');
    expect(formatEndpointSlices([slice([true, true, true, true, true])], port)).toBe('10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 2 more...');
    expect(formatEndpointSlices([slice([false])], port)).toBe('');
    expect(formatEndpointSlices([slice([true])], { name: 'other', port: 81 })).toBe('');
  });
});
