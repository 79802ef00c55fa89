import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { KubeObject } from '../../../src/sim/api/types';
import { threeWayMerge } from '../../../src/sim/cli/kubectl/apply/threeWayMerge';
import { LAST_APPLIED_ANNOTATION, goJson, lastAppliedValue, readLastApplied, withLastApplied } from '../../../src/sim/cli/kubectl/apply/lastApplied';

const leaf = fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 9 }), fc.boolean());
const key = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const tree: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  node: fc.dictionary(key, fc.oneof({ depthSize: 'small' }, leaf, leaf, tie('node')), { maxKeys: 4 }),
})).node as fc.Arbitrary<Record<string, unknown>>;

const obj = (spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'default' }, spec });

/** What kubectl apply does to the live object, given the file. */
function apply(file: KubeObject, live: KubeObject | undefined): KubeObject {
  const modified = withLastApplied(file);
  if (!live) return modified;
  return threeWayMerge(readLastApplied(live), modified, live);
}

describe('apply three-way merge (properties)', () => {
  it('applying the same file twice is a no-op', () => {
    fc.assert(fc.property(tree, tree, (spec, other) => {
      const live = apply(obj(spec), apply(obj(other), undefined));
      expect(apply(obj(spec), live)).toEqual(live);
    }));
  });

  it('fields set by others and never in the file survive', () => {
    fc.assert(fc.property(tree, tree, leaf, (before, after, extra) => {
      const live = apply(obj(before), undefined);
      (live.spec as Record<string, unknown>).zz = extra; // e.g. set by kubectl scale or a controller
      const result = apply(obj(after), live);
      expect((result.spec as Record<string, unknown>).zz).toEqual(extra);
    }));
  });

  it('a field removed from the file disappears iff it was in last-applied', () => {
    fc.assert(fc.property(tree, key, leaf, fc.boolean(), (spec, k, value, wasApplied) => {
      const withField = { ...spec, [k]: value };
      const without = { ...spec };
      delete without[k];
      // Either the field came from the file (then it is in last-applied) or someone else set it.
      let live = apply(obj(wasApplied ? withField : without), undefined);
      if (!wasApplied) live = { ...live, spec: { ...(live.spec as object), [k]: value } };
      const result = apply(obj(without), live);
      expect(k in (result.spec as object)).toBe(!wasApplied);
    }));
  });

  it('the file wins for every field it sets', () => {
    fc.assert(fc.property(tree, tree, (a, b) => {
      const result = apply(obj(b), apply(obj(a), undefined));
      for (const [k, v] of Object.entries(b)) {
        if (v !== null && typeof v !== 'object') expect((result.spec as Record<string, unknown>)[k]).toEqual(v);
      }
    }));
  });
});

describe('strategic merge keys', () => {
  const deployment = (containers: unknown[], replicas?: number): KubeObject => ({
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { ...(replicas === undefined ? {} : { replicas }), template: { spec: { containers } } },
  });

  it('merges containers by name and keeps server-side fields of each container', () => {
    const live = apply(deployment([{ name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80 }] }], 3), undefined);
    const c = ((live.spec as any).template.spec.containers[0]);
    c.imagePullPolicy = 'IfNotPresent'; // defaulted by the API server
    c.ports[0].protocol = 'TCP';
    (live.spec as any).replicas = 5; // kubectl scale
    const result = apply(deployment([{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }]), live);
    const rc = (result.spec as any).template.spec.containers;
    expect(rc).toEqual([{ name: 'nginx', image: 'nginx:1.27', imagePullPolicy: 'IfNotPresent', ports: [{ containerPort: 80, protocol: 'TCP' }] }]);
    // replicas was in the first file: removing it from the file deletes it (the API server then defaults it).
    expect((result.spec as any).replicas).toBeUndefined();
  });

  it('removes a container that was applied and keeps one added by someone else', () => {
    const live = apply(deployment([{ name: 'a', image: 'x' }, { name: 'b', image: 'y' }]), undefined);
    (live.spec as any).template.spec.containers.push({ name: 'sidecar', image: 'z' });
    const result = apply(deployment([{ name: 'a', image: 'x' }]), live);
    expect((result.spec as any).template.spec.containers.map((c: any) => c.name)).toEqual(['a', 'sidecar']);
  });

  it('merges Service ports by port, replaces lists without a merge key', () => {
    const svc = (ports: unknown[], extra: object = {}): KubeObject => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'default' }, spec: { ports, ...extra } });
    const live = apply(svc([{ port: 80 }], { externalIPs: ['1.1.1.1', '2.2.2.2'] }), undefined);
    (live.spec as any).ports[0].nodePort = 30080;
    const result = apply(svc([{ port: 80, targetPort: 8080 }], { externalIPs: ['3.3.3.3'] }), live);
    expect((result.spec as any).ports).toEqual([{ port: 80, targetPort: 8080, nodePort: 30080 }]);
    expect((result.spec as any).externalIPs).toEqual(['3.3.3.3']);
  });
});

describe('last-applied annotation', () => {
  it('serialises like kubectl: sorted keys, empty annotations map, trailing newline', () => {
    const pod: KubeObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nginx', namespace: 'default' }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } };
    expect(lastAppliedValue(pod)).toBe('{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"name":"nginx","namespace":"default"},"spec":{"containers":[{"image":"nginx","name":"nginx"}]}}\n');
    const annotated = withLastApplied({ ...pod, metadata: { ...pod.metadata, annotations: { team: 'a' } } });
    expect(annotated.metadata.annotations![LAST_APPLIED_ANNOTATION]).toContain('"annotations":{"team":"a"}');
    expect(goJson({ b: '<&>', a: [1, null] })).toBe('{"a":[1,null],"b":"\\u003c\\u0026\\u003e"}');
  });
});
