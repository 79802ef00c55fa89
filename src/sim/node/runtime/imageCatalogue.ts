/**
 * The images the simulated registry knows (anything else fails to pull, as a typo would). Sizes are
 * plausible compressed sizes; behaviour says what the image's default command does when started:
 * 'server' keeps running, 'shell' exits 0 at once (no terminal attached), like busybox's `sh`.
 */
export interface ImageSpec {
  /** Normalized repository, e.g. 'docker.io/library/nginx', 'registry.k8s.io/etcd'. */
  repository: string;
  tags: string[];
  sizeBytes: number;
  /** Virtual time a pull takes. */
  pullMs: number;
  behaviour: 'server' | 'shell';
  /** Executables present in the image (a command outside this list fails with StartError). */
  binaries: string[];
}

const SHELL_TOOLS = ['sh', '/bin/sh', 'echo', 'sleep', 'cat', 'ls', 'env', 'date', 'true', 'false', 'printenv', 'tail', 'wget', 'nslookup', 'ping', 'hostname', 'exit'];

export const IMAGE_CATALOGUE: ImageSpec[] = [
  { repository: 'docker.io/library/nginx', tags: ['latest', 'stable', 'alpine', '1.25', '1.26', '1.27', '1.27.5', '1.28', '1.29', '1.14.2', '1.16', '1.17', '1.18', '1.19', '1.20', '1.21', '1.23', '1.24', 'mainline'], sizeBytes: 72_225_394, pullMs: 2_600, behaviour: 'server', binaries: ['nginx', ...SHELL_TOOLS, 'bash', 'curl'] },
  { repository: 'docker.io/library/httpd', tags: ['latest', 'alpine', '2.4', '2.4.63'], sizeBytes: 58_186_713, pullMs: 2_100, behaviour: 'server', binaries: ['httpd', 'httpd-foreground', ...SHELL_TOOLS, 'bash'] },
  { repository: 'docker.io/library/redis', tags: ['latest', 'alpine', '6', '7', '7.2', '7.4', '8'], sizeBytes: 52_472_346, pullMs: 2_000, behaviour: 'server', binaries: ['redis-server', 'redis-cli', ...SHELL_TOOLS, 'bash'] },
  { repository: 'docker.io/library/memcached', tags: ['latest', 'alpine', '1.6'], sizeBytes: 32_061_404, pullMs: 1_500, behaviour: 'server', binaries: ['memcached', ...SHELL_TOOLS] },
  { repository: 'docker.io/library/busybox', tags: ['latest', '1.28', '1.35', '1.36', '1.36.1', '1.37', 'stable'], sizeBytes: 2_156_227, pullMs: 900, behaviour: 'shell', binaries: SHELL_TOOLS },
  { repository: 'docker.io/library/alpine', tags: ['latest', '3.18', '3.19', '3.20', '3.21', '3.22'], sizeBytes: 3_653_068, pullMs: 900, behaviour: 'shell', binaries: [...SHELL_TOOLS, 'apk'] },
  { repository: 'docker.io/library/ubuntu', tags: ['latest', '20.04', '22.04', '24.04'], sizeBytes: 29_754_422, pullMs: 1_600, behaviour: 'shell', binaries: [...SHELL_TOOLS, 'bash', 'apt'] },
  { repository: 'docker.io/library/perl', tags: ['latest', 'slim', '5.34', '5.34.0', '5.36', '5.38', '5.40'], sizeBytes: 335_791_534, pullMs: 6_000, behaviour: 'shell', binaries: ['perl', ...SHELL_TOOLS, 'bash'] },
  { repository: 'docker.io/kodekloud/webapp-color', tags: ['latest', 'v1', 'v2', 'v3'], sizeBytes: 31_771_563, pullMs: 1_700, behaviour: 'server', binaries: ['python', ...SHELL_TOOLS] },
  { repository: 'registry.k8s.io/pause', tags: ['3.10'], sizeBytes: 320_368, pullMs: 300, behaviour: 'server', binaries: ['/pause'] },
  { repository: 'registry.k8s.io/etcd', tags: ['3.5.21-0'], sizeBytes: 58_938_593, pullMs: 2_500, behaviour: 'server', binaries: ['etcd', 'etcdctl', 'sh', '/bin/sh'] },
  { repository: 'registry.k8s.io/kube-apiserver', tags: ['v1.33.1'], sizeBytes: 30_071_307, pullMs: 1_800, behaviour: 'server', binaries: ['kube-apiserver'] },
  { repository: 'registry.k8s.io/kube-controller-manager', tags: ['v1.33.1'], sizeBytes: 27_646_507, pullMs: 1_700, behaviour: 'server', binaries: ['kube-controller-manager'] },
  { repository: 'registry.k8s.io/kube-scheduler', tags: ['v1.33.1'], sizeBytes: 21_785_428, pullMs: 1_500, behaviour: 'server', binaries: ['kube-scheduler'] },
  { repository: 'registry.k8s.io/kube-proxy', tags: ['v1.33.1'], sizeBytes: 31_887_726, pullMs: 1_800, behaviour: 'server', binaries: ['/usr/local/bin/kube-proxy', 'kube-proxy', 'iptables-save', 'iptables', 'sh', '/bin/sh'] },
  { repository: 'registry.k8s.io/coredns/coredns', tags: ['v1.12.0'], sizeBytes: 20_939_036, pullMs: 1_400, behaviour: 'server', binaries: ['/coredns'] },
];

export interface ImageRef {
  /** What the user wrote. */
  original: string;
  repository: string;
  tag: string;
  /** Fully qualified reference as containerd prints it: docker.io/library/nginx:latest. */
  full: string;
}

/** Parses and normalizes an image reference the way the container runtime does; undefined if malformed. */
export function parseImageRef(image: string): ImageRef | undefined {
  if (!/^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*(:[\w][\w.-]{0,127})?(@sha256:[a-f0-9]{64})?$/.test(image)) return undefined;
  let rest = image.split('@')[0];
  let tag = 'latest';
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  let repository: string;
  if (parts.length === 1) repository = `docker.io/library/${parts[0]}`;
  else if (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost') repository = rest;
  else repository = `docker.io/${rest}`;
  return { original: image, repository, tag, full: `${repository}:${tag}` };
}

export function findImage(ref: ImageRef): ImageSpec | undefined {
  return IMAGE_CATALOGUE.find((i) => i.repository === ref.repository);
}

/** A stable fake digest per reference, shaped like sha256 hex (the real digests are not reproducible offline). */
export function imageDigest(ref: ImageRef): string {
  // Pure and asked for on every container start: remember each reference's digest.
  let digest = digests.get(ref.full);
  if (digest === undefined) {
    digest = computeDigest(ref);
    if (digests.size >= 4096) digests.clear();
    digests.set(ref.full, digest);
  }
  return digest;
}

const digests = new Map<string, string>();

function computeDigest(ref: ImageRef): string {
  let h1 = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    for (const ch of `${ref.full}#${round}`) h1 = Math.imul(h1 ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h1.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}
