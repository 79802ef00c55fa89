import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// ConfigMaps and Secrets through the API server: stringData merged into data, type defaulted,
// keys validated, immutable objects kept; printers and describers.
const secretYaml = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  a: YQ==\nstringData:\n  a: override\n  b: two\n';
const badCm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\ndata:\n  "bad key": x\n';

describe('ConfigMap and Secret', () => {
  test('stringData is merged into data and never stored; type defaults to Opaque', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('kubectl create -f s.yaml', { files: { 's.yaml': secretYaml } }).stdout).toBe('secret/s created\n');
    const s = c.getObject('secrets', 'default', 's') as Record<string, unknown>;
    expect(s.data).toEqual({ a: 'b3ZlcnJpZGU=', b: 'dHdv' });
    expect(s.stringData).toBeUndefined();
    expect(s.type).toBe('Opaque');
    expect(c.exec('kubectl get secret s').stdout).toMatch(/^NAME {3}TYPE {5}DATA {3}AGE\ns {6}Opaque {3}2 {6}\d+s\n$/);
    expect(c.exec('kubectl describe secret s').stdout).toBe('Name:         s\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\na:  8 bytes\nb:  3 bytes\n');
  });

  test('invalid keys are rejected with the API server text and nothing is stored', () => {
    const c = createCluster({ seed: 1 });
    const r = c.exec('kubectl create -f cm.yaml', { files: { 'cm.yaml': badCm } });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('The ConfigMap "bad" is invalid: data[bad key]: Invalid value: "bad key": a valid config key must consist of alphanumeric characters, \'-\', \'_\' or \'.\' (e.g. \'key.name\',  or \'KEY_NAME\',  or \'key-name\', regex used for validation is \'[-._a-zA-Z0-9]+\')\n');
    expect(c.getObject('configmaps', 'default', 'bad')).toBeUndefined();
  });

  test('create configmap, get and describe', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('kubectl create configmap app --from-literal=color=blue --from-literal=mode=prod').stdout).toBe('configmap/app created\n');
    expect(c.exec('kubectl get cm app').stdout).toMatch(/^NAME {3}DATA {3}AGE\napp {4}2 {6}\d+s\n$/);
    expect(c.exec('kubectl describe cm app').stdout).toBe('Name:         app\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nData\n====\ncolor:\n----\nblue\n\nmode:\n----\nprod\n\n\nBinaryData\n====\n\nEvents:  <none>\n');
  });

  test('an immutable ConfigMap keeps its data', () => {
    const c = createCluster({ seed: 1 });
    const files = {
      'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fixed\nimmutable: true\ndata:\n  k: v\n',
      'b.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fixed\nimmutable: true\ndata:\n  k: w\n',
    };
    expect(c.exec('kubectl create -f a.yaml', { files }).exitCode).toBe(0);
    const r = c.exec('kubectl replace -f b.yaml', { files });
    expect(r.stderr).toContain('data: Forbidden: field is immutable when `immutable` is set');
    expect((c.getObject('configmaps', 'default', 'fixed') as unknown as { data: object }).data).toEqual({ k: 'v' });
  });
});
