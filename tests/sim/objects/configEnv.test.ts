import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// The kubelet reads the ConfigMaps and Secrets a container's environment refers to: a missing one
// leaves the container in CreateContainerConfigError with the kubelet's message until it appears.
const pod = `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: busybox
    command: ["sleep", "3600"]
    env:
    - name: COLOR
      valueFrom:
        configMapKeyRef:
          name: settings
          key: color
    envFrom:
    - secretRef:
        name: creds
`;

describe('env from ConfigMaps and Secrets', () => {
  test('a missing ConfigMap: CreateContainerConfigError until it exists, then the container starts', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('kubectl create -f pod.yaml', { files: { 'pod.yaml': pod } }).exitCode).toBe(0);
    c.settle();
    expect(c.exec('kubectl get pod app').stdout).toMatch(/app +0\/1 +CreateContainerConfigError +0 +\d+s/);
    // envFrom is read before env, as the kubelet's makeEnvironmentVariables does.
    expect(c.exec('kubectl describe pod app').stdout).toContain('Error: secret "creds" not found');
    c.exec('kubectl create secret generic creds --from-literal=USER=admin');
    c.advance(11_000);
    expect(c.exec('kubectl describe pod app').stdout).toContain('Error: configmap "settings" not found');
    c.exec('kubectl create configmap settings --from-literal=mode=x');
    c.advance(11_000);
    expect(c.exec('kubectl describe pod app').stdout).toContain("Error: couldn't find key color in ConfigMap default/settings");
    c.exec('kubectl delete configmap settings');
    c.exec('kubectl create configmap settings --from-literal=color=blue');
    c.advance(11_000);
    expect(c.exec('kubectl get pod app').stdout).toMatch(/app +1\/1 +Running/);
    expect(c.exec('kubectl exec app -- printenv COLOR').stdout).toBe('blue\n');
    expect(c.exec('kubectl exec app -- env').stdout).toContain('USER=admin\n');
  });
});

const volumePod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx
    volumeMounts:
    - name: conf
      mountPath: /etc/app
  volumes:
  - name: conf
    configMap:
      name: web-conf
`;

test('files of a configMap volume are visible through kubectl exec', () => {
  const c = createCluster({ seed: 1 });
  c.exec('kubectl create configmap web-conf --from-file=nginx.conf --from-literal=mode=prod', { files: { 'nginx.conf': 'worker_processes 1;\n' } });
  c.exec('kubectl create -f pod.yaml', { files: { 'pod.yaml': volumePod } });
  c.settle();
  expect(c.exec('kubectl exec web -- ls /etc/app').stdout).toBe('mode\nnginx.conf\n');
  expect(c.exec('kubectl exec web -- cat /etc/app/nginx.conf').stdout).toBe('worker_processes 1;\n');
  expect(c.exec('kubectl exec web -- cat /etc/app/missing').stderr).toBe("cat: can't open '/etc/app/missing': No such file or directory\ncommand terminated with exit code 1\n");
});
