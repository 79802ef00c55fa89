import { describe, expect, it } from 'vitest';
import { canonicalResource, complete } from '../../components/sim/model/completion.ts';

const names = (resource: string, ns: string | undefined) => {
  if (resource === 'etcd-keys') return ['/registry/pods/default/nginx', '/registry/pods/default/web', '/registry/minions/node01', 'key1'];
  if (resource === 'pods') return ns === 'dev' ? ['api'] : ['nginx', 'nginx-2', 'web'];
  if (resource === 'namespaces') return ['default', 'dev', 'kube-system'];
  if (resource === 'nodes') return ['controlplane', 'node01', 'node02'];
  return [];
};

describe('terminal completion', () => {
  it('completes commands, verbs and resources', () => {
    expect(complete('kub', names)).toEqual({ line: 'kubectl ', candidates: [] });
    expect(complete('kubectl desc', names).line).toBe('kubectl describe ');
    expect(complete('kubectl get po', names).line).toBe('kubectl get pods ');
    expect(complete('etcdctl mem', names).line).toBe('etcdctl member ');
    expect(complete('etcdctl member l', names).line).toBe('etcdctl member list ');
    expect(complete('kubectl rollout und', names).line).toBe('kubectl rollout undo ');
  });

  it('completes object names from the cluster, honouring -n and short names', () => {
    expect(complete('kubectl get pods w', names).line).toBe('kubectl get pods web ');
    expect(complete('k describe po ngi', names)).toEqual({ line: 'k describe po nginx', candidates: ['nginx', 'nginx-2'] });
    expect(complete('kubectl get pods -n dev a', names).line).toBe('kubectl get pods -n dev api ');
    expect(complete('kubectl get pods -n k', names).line).toBe('kubectl get pods -n kube-system ');
    expect(complete('kubectl get no node0', names)).toEqual({ line: 'kubectl get no node0', candidates: ['node01', 'node02'] });
  });

  it('completes flag values, with or without =', () => {
    expect(complete('kubectl get pods -o ya', names).line).toBe('kubectl get pods -o yaml ');
    expect(complete('kubectl get pods -o=w', names).line).toBe('kubectl get pods -o=wide ');
    expect(complete('kubectl run x --image=nginx --dry-run=cl', names).line).toBe('kubectl run x --image=nginx --dry-run=client ');
  });

  it('lists candidates after a space and leaves unknown words alone', () => {
    const c = complete('etcdctl endpoint ', names);
    expect(c.candidates).toEqual(['health', 'status']);
    expect(complete('kubectl zzz', names)).toEqual({ line: 'kubectl zzz', candidates: [] });
    expect(complete('ls -l', names)).toEqual({ line: 'ls -l', candidates: [] });
  });

  it('completes etcd keys one path segment at a time', () => {
    expect(complete('etcdctl get /reg', names).line).toBe('etcdctl get /registry/');
    expect(complete('etcdctl get /registry/', names)).toEqual({
      line: 'etcdctl get /registry/',
      candidates: ['/registry/minions/', '/registry/pods/'],
    });
    expect(complete('etcdctl get /registry/p', names).line).toBe('etcdctl get /registry/pods/');
    expect(complete('etcdctl get /registry/pods/default/n', names).line).toBe('etcdctl get /registry/pods/default/nginx ');
    expect(complete('etcdctl get k', names).line).toBe('etcdctl get key1 ');
  });

  it('knows kubectl short names', () => {
    expect(canonicalResource('po')).toBe('pods');
    expect(canonicalResource('deploy')).toBe('deployments');
    expect(canonicalResource('svc')).toBe('services');
    expect(canonicalResource('deployments.apps')).toBe('deployments');
    expect(canonicalResource('bogus')).toBeUndefined();
  });
});
