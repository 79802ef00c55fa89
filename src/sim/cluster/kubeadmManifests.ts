import type { Pod } from '../api/types.ts';
import { toYaml } from '../cli/kubectl/output.ts';

/**
 * The static pod manifests `kubeadm init` v1.33 writes to /etc/kubernetes/manifests on the
 * control-plane node (cmd/kubeadm/app/phases/controlplane/manifests.go and phases/etcd/local.go):
 * the command lines with kubeadm's default flags (sorted, as kubeadm sorts them), the hostPath
 * volumes, the probes against each component's health endpoint, `priorityClassName:
 * system-node-critical` and the RuntimeDefault seccomp profile. kubeadm marshals the Pod through
 * JSON, so keys are sorted and `creationTimestamp: null` and `status: {}` are kept.
 */
export type ControlPlaneComponent = 'etcd' | 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler';

export interface ManifestOptions {
  ip: string;
  kubernetesVersion: string;
  etcdMemberName: string;
  /** `--etcd-servers` of kube-apiserver. */
  etcdServers: string;
}

const hostPath = (name: string, path: string, type: string) => ({ hostPath: { path, type }, name });
const mount = (name: string, mountPath: string, readOnly = false) => ({ mountPath, name, ...(readOnly ? { readOnly: true } : {}) });

function probe(host: string, path: string, port: number, scheme: 'HTTP' | 'HTTPS', failureThreshold: number, periodSeconds: number, initialDelaySeconds?: number) {
  return { failureThreshold, httpGet: { host, path, port, scheme }, ...(initialDelaySeconds !== undefined ? { initialDelaySeconds } : {}), periodSeconds, timeoutSeconds: 15 };
}

/** The CA bundle volumes kubeadm mounts into kube-apiserver and kube-controller-manager on Debian/Ubuntu. */
const CA_VOLUMES = [
  hostPath('ca-certs', '/etc/ssl/certs', 'DirectoryOrCreate'),
  hostPath('etc-ca-certificates', '/etc/ca-certificates', 'DirectoryOrCreate'),
  hostPath('k8s-certs', '/etc/kubernetes/pki', 'DirectoryOrCreate'),
  hostPath('usr-local-share-ca-certificates', '/usr/local/share/ca-certificates', 'DirectoryOrCreate'),
  hostPath('usr-share-ca-certificates', '/usr/share/ca-certificates', 'DirectoryOrCreate'),
];
const CA_MOUNTS = [
  mount('ca-certs', '/etc/ssl/certs', true),
  mount('etc-ca-certificates', '/etc/ca-certificates', true),
  mount('k8s-certs', '/etc/kubernetes/pki', true),
  mount('usr-local-share-ca-certificates', '/usr/local/share/ca-certificates', true),
  mount('usr-share-ca-certificates', '/usr/share/ca-certificates', true),
];

export function commandOf(component: ControlPlaneComponent, o: ManifestOptions): string[] {
  const ip = o.ip;
  switch (component) {
    case 'etcd':
      return [
        'etcd', `--advertise-client-urls=https://${ip}:2379`, '--cert-file=/etc/kubernetes/pki/etcd/server.crt', '--client-cert-auth=true',
        '--data-dir=/var/lib/etcd', '--experimental-initial-corrupt-check=true', '--experimental-watch-progress-notify-interval=5s',
        `--initial-advertise-peer-urls=https://${ip}:2380`, `--initial-cluster=${o.etcdMemberName}=https://${ip}:2380`,
        '--key-file=/etc/kubernetes/pki/etcd/server.key', `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`,
        '--listen-metrics-urls=http://127.0.0.1:2381', `--listen-peer-urls=https://${ip}:2380`, `--name=${o.etcdMemberName}`,
        '--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt', '--peer-client-cert-auth=true', '--peer-key-file=/etc/kubernetes/pki/etcd/peer.key',
        '--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt', '--snapshot-count=10000', '--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt',
      ];
    case 'kube-apiserver':
      return [
        'kube-apiserver', `--advertise-address=${ip}`, '--allow-privileged=true', '--authorization-mode=Node,RBAC',
        '--client-ca-file=/etc/kubernetes/pki/ca.crt', '--enable-admission-plugins=NodeRestriction', '--enable-bootstrap-token-auth=true',
        '--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt', '--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt',
        '--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key', `--etcd-servers=${o.etcdServers}`,
        '--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt', '--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key',
        '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname', '--proxy-client-cert-file=/etc/kubernetes/pki/front-proxy-client.crt',
        '--proxy-client-key-file=/etc/kubernetes/pki/front-proxy-client.key', '--requestheader-allowed-names=front-proxy-client',
        '--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt', '--requestheader-extra-headers-prefix=X-Remote-Extra-',
        '--requestheader-group-headers=X-Remote-Group', '--requestheader-username-headers=X-Remote-User', '--secure-port=6443',
        '--service-account-issuer=https://kubernetes.default.svc.cluster.local', '--service-account-key-file=/etc/kubernetes/pki/sa.pub',
        '--service-account-signing-key-file=/etc/kubernetes/pki/sa.key', '--service-cluster-ip-range=10.96.0.0/12',
        '--tls-cert-file=/etc/kubernetes/pki/apiserver.crt', '--tls-private-key-file=/etc/kubernetes/pki/apiserver.key',
      ];
    case 'kube-controller-manager':
      return [
        'kube-controller-manager', '--allocate-node-cidrs=true', '--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf',
        '--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf', '--bind-address=127.0.0.1', '--client-ca-file=/etc/kubernetes/pki/ca.crt',
        '--cluster-cidr=10.244.0.0/16', '--cluster-name=kubernetes', '--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt',
        '--cluster-signing-key-file=/etc/kubernetes/pki/ca.key', '--controllers=*,bootstrapsigner,tokencleaner',
        '--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true', '--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt',
        '--root-ca-file=/etc/kubernetes/pki/ca.crt', '--service-account-private-key-file=/etc/kubernetes/pki/sa.key',
        '--service-cluster-ip-range=10.96.0.0/12', '--use-service-account-credentials=true',
      ];
    case 'kube-scheduler':
      return [
        'kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf',
        '--bind-address=127.0.0.1', '--kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true',
      ];
  }
}

/** The image kubeadm v1.33 uses for a component. */
export function imageOf(component: ControlPlaneComponent, kubernetesVersion: string): string {
  return component === 'etcd' ? 'registry.k8s.io/etcd:3.5.21-0' : `registry.k8s.io/${component}:${kubernetesVersion}`;
}

/** The manifest object of one control-plane component, as kubeadm writes it. */
export function kubeadmManifest(component: ControlPlaneComponent, o: ManifestOptions): Pod {
  const ip = o.ip;
  const container: Record<string, unknown> = { command: commandOf(component, o), image: imageOf(component, o.kubernetesVersion), imagePullPolicy: 'IfNotPresent', name: component };
  let volumes: unknown[];
  const annotations: Record<string, string> = {};
  switch (component) {
    case 'etcd':
      annotations['kubeadm.kubernetes.io/etcd.advertise-client-urls'] = `https://${ip}:2379`;
      Object.assign(container, {
        livenessProbe: probe('127.0.0.1', '/livez', 2381, 'HTTP', 8, 10, 10),
        readinessProbe: probe('127.0.0.1', '/readyz', 2381, 'HTTP', 3, 1),
        resources: { requests: { cpu: '100m', memory: '100Mi' } },
        startupProbe: probe('127.0.0.1', '/readyz', 2381, 'HTTP', 24, 10, 10),
        volumeMounts: [mount('etcd-data', '/var/lib/etcd'), mount('etcd-certs', '/etc/kubernetes/pki/etcd')],
      });
      volumes = [hostPath('etcd-certs', '/etc/kubernetes/pki/etcd', 'DirectoryOrCreate'), hostPath('etcd-data', '/var/lib/etcd', 'DirectoryOrCreate')];
      break;
    case 'kube-apiserver':
      annotations['kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint'] = `${ip}:6443`;
      Object.assign(container, {
        livenessProbe: probe(ip, '/livez', 6443, 'HTTPS', 8, 10, 10),
        readinessProbe: probe(ip, '/readyz', 6443, 'HTTPS', 3, 1),
        resources: { requests: { cpu: '250m' } },
        startupProbe: probe(ip, '/livez', 6443, 'HTTPS', 24, 10, 10),
        volumeMounts: CA_MOUNTS,
      });
      volumes = CA_VOLUMES;
      break;
    case 'kube-controller-manager':
      Object.assign(container, {
        livenessProbe: probe('127.0.0.1', '/healthz', 10257, 'HTTPS', 8, 10, 10),
        resources: { requests: { cpu: '200m' } },
        startupProbe: probe('127.0.0.1', '/healthz', 10257, 'HTTPS', 24, 10, 10),
        volumeMounts: [
          ...CA_MOUNTS.slice(0, 2),
          mount('flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec'),
          CA_MOUNTS[2],
          mount('kubeconfig', '/etc/kubernetes/controller-manager.conf', true),
          ...CA_MOUNTS.slice(3),
        ],
      });
      volumes = [
        ...CA_VOLUMES.slice(0, 2),
        hostPath('flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec', 'DirectoryOrCreate'),
        CA_VOLUMES[2],
        hostPath('kubeconfig', '/etc/kubernetes/controller-manager.conf', 'FileOrCreate'),
        ...CA_VOLUMES.slice(3),
      ];
      break;
    case 'kube-scheduler':
      Object.assign(container, {
        livenessProbe: probe('127.0.0.1', '/livez', 10259, 'HTTPS', 8, 10, 10),
        readinessProbe: probe('127.0.0.1', '/readyz', 10259, 'HTTPS', 3, 1),
        resources: { requests: { cpu: '100m' } },
        startupProbe: probe('127.0.0.1', '/livez', 10259, 'HTTPS', 24, 10, 10),
        volumeMounts: [mount('kubeconfig', '/etc/kubernetes/scheduler.conf', true)],
      });
      volumes = [hostPath('kubeconfig', '/etc/kubernetes/scheduler.conf', 'FileOrCreate')];
      break;
  }
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...(Object.keys(annotations).length ? { annotations } : {}),
      creationTimestamp: null as unknown as string,
      labels: { component, tier: 'control-plane' },
      name: component,
      namespace: 'kube-system',
    },
    spec: {
      containers: [container as Pod['spec']['containers'][number]],
      hostNetwork: true,
      priority: 2000001000,
      priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      volumes,
    } as Pod['spec'],
    status: {},
  } as Pod;
}

const yamlCache = new Map<string, string>();

/** The file's text: what `cat /etc/kubernetes/manifests/<component>.yaml` prints (cached: every cluster of a process writes the same few). */
export function manifestYaml(pod: Pod): string {
  const key = JSON.stringify(pod);
  let text = yamlCache.get(key);
  if (text === undefined) {
    text = toYaml(pod);
    if (yamlCache.size > 64) yamlCache.clear();
    yamlCache.set(key, text);
  }
  return text;
}
