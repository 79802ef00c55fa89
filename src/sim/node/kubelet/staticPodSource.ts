import { parse } from 'yaml';
import { timestamp } from '../../api/meta.ts';
import type { Pod } from '../../api/types.ts';
import type { NodeFileSystem } from '../host/nodeFileSystem.ts';

/**
 * The kubelet's "file" pod source (pkg/kubelet/config/file.go): every file in staticPodPath that
 * does not start with a dot is one pod manifest (YAML or JSON). A pod read from a file gets its
 * name suffixed with the node name, the namespace `default` when it has none, a uid that is the
 * hash of the manifest, the node and the file (its `kubernetes.io/config.hash`), and a toleration
 * of every NoExecute taint. A file that does not decode is logged and skipped, as the real source
 * does: its pod counts as gone.
 */
export const STATIC_POD_PATH = '/etc/kubernetes/manifests';

export interface StaticPodFile {
  /** The mirror pod the kubelet keeps in the API server for it (without uid/resourceVersion). */
  pod: Pod;
  /** The static pod's uid: the config hash. */
  uid: string;
  file: string;
}

export interface StaticPodScan {
  pods: Map<string, StaticPodFile>;
  errors: { path: string; error: string }[];
}

/** A deterministic 128-bit hex hash (four FNV-1a lanes), standing in for the kubelet's MD5 config hash. */
export function configHash(...parts: string[]): string {
  const text = parts.join('\u0000');
  let out = '';
  for (let lane = 0; lane < 4; lane++) {
    let h = (0x811c9dc5 ^ (lane * 0x9e3779b9)) >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

export function scanStaticPods(files: NodeFileSystem, nodeName: string, seenAt: number): StaticPodScan {
  const pods = new Map<string, StaticPodFile>();
  const errors: { path: string; error: string }[] = [];
  for (const name of files.list(STATIC_POD_PATH) ?? []) {
    if (name.startsWith('.')) continue;
    const path = `${STATIC_POD_PATH}/${name}`;
    const text = files.read(path);
    if (text === undefined) continue; // a directory
    const decoded = decodeManifest(text, path);
    if (typeof decoded === 'string') {
      errors.push({ path, error: decoded });
      continue;
    }
    const uid = configHash(nodeName, path, text);
    const pod = mirrorOf(decoded, nodeName, uid, seenAt);
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    if (pods.has(key)) continue; // the first file wins, as the source's duplicate check does
    pods.set(key, { pod, uid, file: path });
  }
  return { pods, errors };
}

/** The pod of one manifest, or the error text the kubelet logs for it. */
function decodeManifest(text: string, path: string): Pod | string {
  let value: unknown;
  try {
    value = parse(text, { version: '1.1' });
  } catch (e) {
    return `${path}: couldn't parse as pod(${e instanceof Error ? e.message.split('\n')[0] : String(e)}), please check config file`;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return `${path}: couldn't parse as pod(Object 'Kind' is missing in '${JSON.stringify(value ?? null)}'), please check config file`;
  const obj = value as Record<string, unknown>;
  if (obj.kind !== 'Pod') return `${path}: couldn't parse as pod(${obj.kind === undefined ? `Object 'Kind' is missing` : `no kind "${String(obj.kind)}" is registered for version "${String(obj.apiVersion ?? '')}"`}), please check config file`;
  const pod = obj as unknown as Pod;
  const name = pod.metadata?.name;
  if (typeof name !== 'string' || !name) return `invalid pod: [metadata.name: Required value: name or generateName is required]`;
  const containers = pod.spec?.containers;
  if (!Array.isArray(containers) || containers.length === 0) return `invalid pod: [spec.containers: Required value]`;
  for (const [i, c] of containers.entries()) {
    if (!c || typeof c !== 'object' || typeof c.name !== 'string' || !c.name) return `invalid pod: [spec.containers[${i}].name: Required value]`;
    if (typeof c.image !== 'string' || !c.image) return `invalid pod: [spec.containers[${i}].image: Required value]`;
  }
  return pod;
}

function mirrorOf(pod: Pod, nodeName: string, uid: string, seenAt: number): Pod {
  const { creationTimestamp: _ct, uid: _uid, resourceVersion: _rv, ...metadata } = pod.metadata;
  const tolerations = [...(pod.spec.tolerations ?? [])];
  if (!tolerations.some((t) => t.operator === 'Exists' && t.effect === 'NoExecute' && !t.key)) tolerations.push({ effect: 'NoExecute', operator: 'Exists' });
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...metadata,
      name: `${pod.metadata.name}-${nodeName}`,
      namespace: pod.metadata.namespace || 'default',
      annotations: {
        ...(pod.metadata.annotations ?? {}),
        'kubernetes.io/config.hash': uid,
        'kubernetes.io/config.mirror': uid,
        'kubernetes.io/config.seen': timestamp(seenAt).replace('Z', '.000000000Z'),
        'kubernetes.io/config.source': 'file',
      },
      ownerReferences: [{ apiVersion: 'v1', controller: true, kind: 'Node', name: nodeName, uid: '' }],
    },
    spec: { ...pod.spec, nodeName, tolerations },
  };
}
