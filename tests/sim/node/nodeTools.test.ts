import { describe, expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import type { SimCluster } from '../../../src/sim/cluster/cluster.ts';
import { shellFiles } from '../../../src/sim/cli/nodeSession.ts';

function run(c: ReturnType<typeof createCluster>, line: string) {
  const r = c.exec(line);
  c.settle();
  return r;
}

/** The control-plane host's disk, as the shell's file commands see it. */
function files(c: ReturnType<typeof createCluster>) {
  return shellFiles((c as unknown as { runner: { session: Record<string, unknown> } }).runner.session);
}

describe('nodes as places the shell can be', () => {
  test('ssh moves the prompt, an unknown host is refused as ssh refuses it, exit comes back', () => {
    const c = createCluster({ seed: 1 });
    expect(c.prompt()).toBe('root@controlplane:~# ');
    expect(run(c, 'ssh node01').exitCode).toBe(0);
    expect(c.prompt()).toBe('root@node01:~# ');
    expect(run(c, 'ls /etc/kubernetes/manifests')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(run(c, 'exit')).toMatchObject({ stdout: 'logout\n', stderr: 'Connection to node01 closed.\n', exitCode: 0 });
    expect(c.prompt()).toBe('root@controlplane:~# ');
    expect(run(c, 'ssh node03')).toMatchObject({ stderr: 'ssh: Could not resolve hostname node03: Name or service not known\n', exitCode: 255 });
  });

  test('the control-plane node holds kubeadm manifests with their real flags', () => {
    const c = createCluster({ seed: 1 });
    expect(run(c, 'ls /etc/kubernetes/manifests').stdout).toBe('etcd.yaml  kube-apiserver.yaml  kube-controller-manager.yaml  kube-scheduler.yaml\n');
    const api = run(c, 'cat /etc/kubernetes/manifests/kube-apiserver.yaml').stdout;
    expect(api).toContain('    - --etcd-servers=https://127.0.0.1:2379\n');
    expect(api).toContain('    - --service-account-signing-key-file=/etc/kubernetes/pki/sa.key\n');
    expect(api).toMatch(/^apiVersion: v1\nkind: Pod\nmetadata:\n {2}annotations:\n {4}kubeadm.kubernetes.io\/kube-apiserver.advertise-address.endpoint: 192.168.1.10:6443\n {2}creationTimestamp: null\n/);
    expect(run(c, 'cat /var/lib/kubelet/config.yaml').stdout).toContain('staticPodPath: /etc/kubernetes/manifests\n');
  });
});

describe('static pods from files', () => {
  test('writing, changing and removing a manifest on node01 creates, replaces and removes the static pod', () => {
    const c = createCluster({ seed: 1 });
    run(c, 'ssh node01');
    run(c, 'kubectl run static-web --image=nginx --dry-run=client -o yaml > /etc/kubernetes/manifests/static-web.yaml');
    run(c, 'exit');
    const first = c.getObject('pod', 'default', 'static-web-node01');
    expect(first?.metadata.annotations?.['kubernetes.io/config.source']).toBe('file');
    expect(run(c, 'kubectl get pod static-web-node01').stdout).toMatch(/static-web-node01 +1\/1 +Running/);
    // Change the image: the kubelet replaces the static pod (a new config hash, a new mirror pod).
    run(c, 'ssh node01');
    run(c, 'kubectl run static-web --image=nginx:1.27 --dry-run=client -o yaml > /etc/kubernetes/manifests/static-web.yaml');
    const second = c.getObject('pod', 'default', 'static-web-node01');
    expect((second as { spec: { containers: { image: string }[] } }).spec.containers[0].image).toBe('nginx:1.27');
    expect(second?.metadata.annotations?.['kubernetes.io/config.hash']).not.toBe(first?.metadata.annotations?.['kubernetes.io/config.hash']);
    expect(run(c, 'journalctl -u kubelet').stdout).toMatch(/kubelet\.go:\d+\] "SyncLoop REMOVE" source="file" pods=\["default\/static-web-node01"\]/);
    expect(run(c, 'crictl ps --name static-web').stdout).toMatch(/Running +static-web +0 +\w{13} +static-web-node01 +default\n$/);
    (c as unknown as SimCluster).nodes.hosts.get('node01')!.files.remove('/etc/kubernetes/manifests/static-web.yaml');
    c.settle();
    expect(c.getObject('pod', 'default', 'static-web-node01')).toBeUndefined();
  });

  test('moving the scheduler manifest out stops kube-scheduler; moving it back starts it again', () => {
    const c = createCluster({ seed: 1 }) as unknown as SimCluster;
    const disk = c.nodes.hosts.get('controlplane')!.files;
    const text = disk.read('/etc/kubernetes/manifests/kube-scheduler.yaml')!;
    disk.remove('/etc/kubernetes/manifests/kube-scheduler.yaml');
    c.settle();
    expect(c.getObject('pod', 'kube-system', 'kube-scheduler-controlplane')).toBeUndefined();
    expect(c.components.get('kube-scheduler')?.up).toBe(false);
    run(c, 'kubectl run waiting --image=nginx');
    expect(run(c, 'kubectl get pod waiting').stdout).toMatch(/waiting +0\/1 +Pending/);
    disk.write('/etc/kubernetes/manifests/kube-scheduler.yaml', text);
    c.settle();
    expect(c.components.get('kube-scheduler')?.up).toBe(true);
    expect(run(c, 'kubectl get pod waiting').stdout).toMatch(/waiting +1\/1 +Running/);
  });

  test('a manifest that does not decode is logged by the kubelet, as the file source logs it', () => {
    const c = createCluster({ seed: 1 });
    run(c, 'echo "kind: [" > /etc/kubernetes/manifests/broken.yaml');
    expect(run(c, 'journalctl -u kubelet -n 1').stdout).toMatch(/E0115 [\d:.]+ +\d+ file\.go:\d+\] "Could not process manifest file" err=".*" path="\/etc\/kubernetes\/manifests\/broken\.yaml"\n$/);
  });
});

describe('systemctl and journalctl', () => {
  test('stop and start the kubelet: status, is-active, the journal', () => {
    const c = createCluster({ seed: 1 });
    const status = run(c, 'systemctl status kubelet');
    expect(status.exitCode).toBe(0);
    expect(status.stdout.split('\n').slice(0, 6).join('\n')).toBe([
      '● kubelet.service - kubelet: The Kubernetes Node Agent',
      '     Loaded: loaded (/lib/systemd/system/kubelet.service; enabled; vendor preset: enabled)',
      '    Drop-In: /usr/lib/systemd/system/kubelet.service.d',
      '             └─10-kubeadm.conf',
      '     Active: active (running) since Thu 2026-01-15 08:45:10 UTC; 14min ago',
      '       Docs: https://kubernetes.io/docs/',
    ].join('\n'));
    expect(run(c, 'systemctl stop kubelet').exitCode).toBe(0);
    expect(run(c, 'systemctl is-active kubelet')).toMatchObject({ stdout: 'inactive\n', exitCode: 3 });
    expect(run(c, 'systemctl status kubelet')).toMatchObject({ exitCode: 3 });
    expect(run(c, 'systemctl status kubelet').stdout).toMatch(/^○ kubelet.service[^\n]*\n(.*\n){3} {5}Active: inactive \(dead\) since /);
    run(c, 'systemctl start kubelet');
    const log = run(c, 'journalctl -u kubelet --no-pager').stdout;
    expect(log).toMatch(/controlplane systemd\[1\]: Stopped kubelet: The Kubernetes Node Agent\.\n.*controlplane systemd\[1\]: Started kubelet: The Kubernetes Node Agent\.\n.*kubelet\[\d+\]: I0115 [\d:.]+ +\d+ server\.go:\d+\] "Kubelet version" kubeletVersion="v1\.33\.1"\n/);
    expect(run(c, 'systemctl status foo')).toMatchObject({ stderr: 'Unit foo.service could not be found.\n', exitCode: 4 });
  });

  test('a kubelet whose config file does not load keeps restarting', () => {
    const c = createCluster({ seed: 1 }) as unknown as SimCluster;
    c.nodes.hosts.get('node01')!.files.write('/var/lib/kubelet/config.yaml', 'kind: [\n');
    run(c, 'ssh node01');
    run(c, 'systemctl restart kubelet');
    expect(run(c, 'systemctl status kubelet').stdout).toMatch(/Active: activating \(auto-restart\) \(Result: exit-code\)/);
    expect(run(c, 'journalctl -u kubelet -n 3').stdout).toMatch(/run\.go:72\] "command failed" err="failed to load kubelet config file, path: \/var\/lib\/kubelet\/config\.yaml, error: /);
  });
});

describe('etcd backup and restore end to end', () => {
  test('save, change the cluster, restore into a new dir, point the manifest at it: the old state is back', () => {
    const c = createCluster({ seed: 1 }) as unknown as SimCluster;
    run(c, 'kubectl run before --image=nginx');
    expect(run(c, 'etcdctl snapshot save /opt/etcd-backup.db').stdout).toBe('Snapshot saved at /opt/etcd-backup.db\n');
    expect(run(c, 'etcdutl snapshot status /opt/etcd-backup.db -w table').stdout).toMatch(/^\+-+\+-+\+-+\+-+\+-+\+\n\| +HASH +\| REVISION \| TOTAL KEYS \| TOTAL SIZE \| VERSION \|\n/);
    run(c, 'kubectl run after --image=nginx');
    const restore = run(c, 'etcdutl snapshot restore /opt/etcd-backup.db --data-dir /var/lib/etcd-from-backup');
    expect(restore.exitCode).toBe(0);
    expect(run(c, 'ls /var/lib/etcd-from-backup/member').stdout).toBe('snap  wal\n');
    const disk = c.nodes.hosts.get('controlplane')!.files;
    const manifest = disk.read('/etc/kubernetes/manifests/etcd.yaml')!;
    disk.write('/etc/kubernetes/manifests/etcd.yaml', manifest.replace('path: /var/lib/etcd\n', 'path: /var/lib/etcd-from-backup\n'));
    c.settle();
    c.advance(5_000);
    c.settle();
    expect(run(c, 'kubectl get pods -o name').stdout).toBe('pod/before\n');
    expect(run(c, 'kubectl get pod etcd-controlplane -n kube-system').stdout).toMatch(/Running/);
  });

  test('etcdctl 3.4 snapshot status and restore print what etcdctl 3.4.23 prints', () => {
    const c = createCluster({ seed: 1 });
    run(c, 'etcdctl snapshot save /opt/snap.db');
    expect(run(c, 'etcdctl snapshot status /opt/snap.db').stdout).toMatch(/^[0-9a-f]{1,8}, \d+, \d+, \d+ kB\n$/);
    expect(run(c, 'etcdctl snapshot status /opt/nope.db')).toMatchObject({ stderr: 'Error: stat /opt/nope.db: no such file or directory\n', exitCode: 1 });
    expect(run(c, 'etcdctl snapshot status')).toMatchObject({ stderr: 'Error: snapshot status requires exactly one argument\n', exitCode: 128 });
    const r = run(c, 'etcdctl snapshot restore /opt/snap.db --data-dir /var/lib/etcd-restored');
    expect(r.exitCode).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l).msg)).toEqual(['restoring snapshot', 'added member', 'restored snapshot']);
    expect(run(c, 'etcdctl snapshot restore /opt/snap.db --data-dir /var/lib/etcd-restored')).toMatchObject({ stderr: 'Error: data-dir "/var/lib/etcd-restored" exists\n', exitCode: 1 });
  });
});

describe('crictl and ps', () => {
  test('crictl ps, pods, images with crictl\'s columns; ps aux shows the manifests\' command lines', () => {
    const c = createCluster({ seed: 1 });
    const ps = run(c, 'crictl ps').stdout.split('\n');
    expect(ps[0]).toBe('CONTAINER           IMAGE               CREATED             STATE               NAME                      ATTEMPT             POD ID              POD                                    NAMESPACE');
    expect(ps.some((l) => /^[0-9a-f]{13} {7}[0-9a-f]{13} {7}14 minutes ago {6}Running {13}kube-scheduler /.test(l))).toBe(true);
    expect(run(c, 'crictl pods').stdout.split('\n')[0]).toBe('POD ID              CREATED             STATE               NAME                                   NAMESPACE           ATTEMPT             RUNTIME');
    expect(run(c, 'crictl images').stdout).toContain('registry.k8s.io/etcd                      3.5.21-0            ');
    expect(run(c, 'crictl logs 0000000')).toMatchObject({ exitCode: 1 });
    const aux = run(c, 'ps aux | grep kube-apiserver').stdout;
    expect(aux).toMatch(/^root +\d+ +[\d.]+ +[\d.]+ +\d+ +\d+ \? +Ssl +08:45 +\d+:\d\d kube-apiserver --advertise-address=192\.168\.1\.10 .*--tls-private-key-file=\/etc\/kubernetes\/pki\/apiserver\.key\n$/);
    run(c, 'ssh node01');
    expect(run(c, 'crictl ps').stdout).not.toContain('kube-apiserver');
  });
});
