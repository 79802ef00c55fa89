import type { NodeHost } from '../node/host/nodeHost.ts';
import type { BootNode, BootStaticPod } from './bootstrap.ts';

/**
 * The files kubeadm (and the kubeadm/kubelet packages) leave on a node, written to its disk at
 * bootstrap: the kubeconfigs under /etc/kubernetes, the PKI file names, the static pod manifests
 * (the control-plane node), the kubelet's configuration (/var/lib/kubelet/config.yaml, the
 * KubeletConfiguration kubeadm v1.33 generates, with staticPodPath), kubeadm-flags.env and the
 * systemd drop-in 10-kubeadm.conf whose ExecStart builds the kubelet's command line.
 */
export const KUBELET_CONFIG_PATH = '/var/lib/kubelet/config.yaml';
export const KUBELET_DROP_IN_DIR = '/usr/lib/systemd/system/kubelet.service.d';

const KUBECONFIG = (server: string, user: string) =>
  `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: (simulated)\n    server: ${server}\n  name: kubernetes\ncontexts:\n- context:\n    cluster: kubernetes\n    user: ${user}\n  name: ${user}@kubernetes\ncurrent-context: ${user}@kubernetes\nkind: Config\npreferences: {}\nusers:\n- name: ${user}\n  user:\n    client-certificate-data: (simulated)\n    client-key-data: (simulated)\n`;

export const KUBELET_CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1
authentication:
  anonymous:
    enabled: false
  webhook:
    cacheTTL: 0s
    enabled: true
  x509:
    clientCAFile: /etc/kubernetes/pki/ca.crt
authorization:
  mode: Webhook
  webhook:
    cacheAuthorizedTTL: 0s
    cacheUnauthorizedTTL: 0s
cgroupDriver: systemd
clusterDNS:
- 10.96.0.10
clusterDomain: cluster.local
containerRuntimeEndpoint: ""
cpuManagerReconcilePeriod: 0s
crashLoopBackOff: {}
evictionPressureTransitionPeriod: 0s
fileCheckFrequency: 0s
healthzBindAddress: 127.0.0.1
healthzPort: 10248
httpCheckFrequency: 0s
imageMaximumGCAge: 0s
imageMinimumGCAge: 0s
kind: KubeletConfiguration
logging:
  flushFrequency: 0
  options:
    json:
      infoBufferSize: "0"
    text:
      infoBufferSize: "0"
  verbosity: 0
memorySwap: {}
nodeStatusReportFrequency: 0s
nodeStatusUpdateFrequency: 0s
resolvConf: /run/systemd/resolve/resolv.conf
rotateCertificates: true
runtimeRequestTimeout: 0s
shutdownGracePeriod: 0s
shutdownGracePeriodCriticalPods: 0s
staticPodPath: /etc/kubernetes/manifests
streamingConnectionIdleTimeout: 0s
syncFrequency: 0s
volumeStatsAggPeriod: 0s
`;

export const KUBEADM_FLAGS_ENV = 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10"\n';

/** The drop-in's settings (the package's file also carries explanatory comments, left out here). */
export const KUBEADM_DROP_IN = `[Service]
Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"
EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env
EnvironmentFile=-/etc/default/kubelet
ExecStart=
ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS
`;

/** The kubelet's command line as systemd runs it (ExecStart with the drop-in's variables expanded). */
export const KUBELET_COMMAND_LINE = '/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10';

const CONTROL_PLANE_PKI = [
  'apiserver-etcd-client.crt', 'apiserver-etcd-client.key', 'apiserver-kubelet-client.crt', 'apiserver-kubelet-client.key', 'apiserver.crt', 'apiserver.key',
  'ca.crt', 'ca.key', 'front-proxy-ca.crt', 'front-proxy-ca.key', 'front-proxy-client.crt', 'front-proxy-client.key', 'sa.key', 'sa.pub',
  'etcd/ca.crt', 'etcd/ca.key', 'etcd/healthcheck-client.crt', 'etcd/healthcheck-client.key', 'etcd/peer.crt', 'etcd/peer.key', 'etcd/server.crt', 'etcd/server.key',
];

export function writeKubeadmFiles(host: NodeHost, node: BootNode, controlPlaneIp: string, staticPods: readonly BootStaticPod[], stackedEtcd: boolean): void {
  const fs = host.files;
  const server = `https://${controlPlaneIp}:6443`;
  fs.mkdir('/etc/kubernetes/manifests');
  fs.write('/etc/kubernetes/kubelet.conf', KUBECONFIG(server, `system:node:${node.name}`));
  if (node.controlPlane) {
    fs.write('/etc/kubernetes/admin.conf', KUBECONFIG(server, 'kubernetes-admin'));
    fs.write('/etc/kubernetes/super-admin.conf', KUBECONFIG(server, 'kubernetes-super-admin'));
    fs.write('/etc/kubernetes/controller-manager.conf', KUBECONFIG(server, 'system:kube-controller-manager'));
    fs.write('/etc/kubernetes/scheduler.conf', KUBECONFIG(server, 'system:kube-scheduler'));
    for (const f of CONTROL_PLANE_PKI) fs.write(`/etc/kubernetes/pki/${f}`, f.endsWith('.key') ? '-----BEGIN RSA PRIVATE KEY-----\n(simulated)\n-----END RSA PRIVATE KEY-----\n' : '-----BEGIN CERTIFICATE-----\n(simulated)\n-----END CERTIFICATE-----\n');
    if (stackedEtcd) fs.write('/var/lib/etcd/member/snap/db', '(the etcd member\'s bbolt database)\n');
  } else {
    fs.write('/etc/kubernetes/pki/ca.crt', '-----BEGIN CERTIFICATE-----\n(simulated)\n-----END CERTIFICATE-----\n');
  }
  for (const p of staticPods) if (p.node === node.name) fs.write(p.file, p.text);
  fs.write(KUBELET_CONFIG_PATH, KUBELET_CONFIG);
  fs.write('/var/lib/kubelet/kubeadm-flags.env', KUBEADM_FLAGS_ENV);
  fs.write(`${KUBELET_DROP_IN_DIR}/10-kubeadm.conf`, KUBEADM_DROP_IN);
}
