import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { Deployment } from '../../../src/sim/index.ts';

// metadata.generation moves only on spec changes (the workload strategies' PrepareForUpdate), and
// is always the server's value; status.observedGeneration follows it once the controller has seen it.
const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
`;

function setup() {
  const c = createCluster({ seed: 1 });
  expect(c.exec('kubectl create -f web.yaml', { files: { 'web.yaml': MANIFEST } }).exitCode).toBe(0);
  c.settle();
  const get = () => c.getObject('deployments', 'default', 'web') as Deployment;
  return { c, get };
}

/** Keys in reverse order at every level: the same object as far as the API server is concerned. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
}

describe('Deployment metadata.generation', () => {
  test('starts at 1 and ignores label and status changes', () => {
    const { c, get } = setup();
    expect(get().metadata.generation).toBe(1);
    expect(c.exec('kubectl label deployment web tier=front').exitCode).toBe(0);
    c.settle();
    expect(get().metadata.generation).toBe(1);
    expect(get().status?.observedGeneration).toBe(1);
  });

  test('moves on a spec change and the controller observes it', () => {
    const { c, get } = setup();
    expect(c.exec('kubectl scale deployment web --replicas=3').exitCode).toBe(0);
    expect(get().metadata.generation).toBe(2);
    c.settle();
    expect(get().status?.observedGeneration).toBe(2);
  });

  test('a replace with the same spec in another key order keeps the generation', () => {
    const { c, get } = setup();
    const body = JSON.stringify(reversed(get()));
    expect(c.exec('kubectl replace -f d.json', { files: { 'd.json': body } }).exitCode).toBe(0);
    expect(get().metadata.generation).toBe(1);
  });

  test('a replace of the original manifest (defaults left out) keeps the generation and the defaults', () => {
    const { c, get } = setup();
    const before = get().spec;
    expect(c.exec('kubectl replace -f web.yaml', { files: { 'web.yaml': MANIFEST } }).exitCode).toBe(0);
    expect(get().metadata.generation).toBe(1);
    expect(get().spec).toEqual(before);
  });

  test("a client's generation is ignored", () => {
    const { c, get } = setup();
    const d = get();
    const same = { ...d, metadata: { ...d.metadata, generation: 42 } };
    expect(c.exec('kubectl replace -f d.json', { files: { 'd.json': JSON.stringify(same) } }).exitCode).toBe(0);
    expect(get().metadata.generation).toBe(1);
    const { generation: _dropped, ...metadata } = get().metadata;
    const changed = { ...get(), metadata, spec: { ...get().spec, replicas: 5 } };
    expect(c.exec('kubectl replace -f d.json', { files: { 'd.json': JSON.stringify(changed) } }).exitCode).toBe(0);
    expect(get().metadata.generation).toBe(2);
  });
});
