import { Document, parse, visit } from 'yaml';
import type { KubeObject } from '../../api/types.ts';
import { goJsonPretty } from './apply/lastApplied.ts';

/**
 * -o yaml and -o json as kubectl prints them: YAML through sigs.k8s.io/yaml (keys sorted,
 * sequences not indented under their key), JSON indented with four spaces.
 */
export function toYaml(value: unknown): string {
  const doc = new Document(value, { version: '1.1', sortMapEntries: true, aliasDuplicateObjects: false } as never);
  // go-yaml's two quoting styles: a string that would read back as another type (a number, a bool,
  // null, a timestamp, the empty string) is double-quoted by its encoder; one that cannot be plain
  // for YAML's syntax (a leading '*', ': ' inside) is single-quoted by its emitter.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && readsAsOtherType(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ indentSeq: false, lineWidth: 80, minContentWidth: 0, nullStr: 'null', singleQuote: true } as never);
}

/** Strings of this shape only can resolve to a non-string in YAML 1.1 (numbers, bools, null, timestamps, merge keys). */
const MAYBE_TYPED = /^[-+.0-9~nNtTfFyYoO<=]/;
const typedCache = new Map<string, boolean>();

function readsAsOtherType(text: string): boolean {
  if (text === '') return true;
  if (!MAYBE_TYPED.test(text) || text.includes('\n')) return false;
  let typed = typedCache.get(text);
  if (typed === undefined) {
    try {
      typed = typeof parse(text, { version: '1.1' } as never) !== 'string';
    } catch {
      typed = false;
    }
    if (typedCache.size > 4096) typedCache.clear();
    typedCache.set(text, typed);
  }
  return typed;
}

/**
 * `-o json` through the one Go-style JSON writer (goJsonPretty: <, > and & escaped as encoding/json
 * does). `sorted` is for what kubectl holds as unstructured maps (objects read by `get`, or from
 * files by `create -f`), whose keys encoding/json writes sorted; typed objects built by kubectl
 * itself (run, create deployment, version) keep their Go struct field order.
 */
export function toJson(value: unknown, sorted = false): string {
  return `${goJsonPretty(sorted ? value : goOrder(value, 'root'), sorted)}\n`;
}

/**
 * encoding/json writes struct fields in declaration order (not sorted): reorder the known core/v1
 * shapes so -o json matches; unknown keys keep their order after the known ones.
 */
const ORDER: Record<string, string[]> = {
  root: ['kind', 'apiVersion', 'metadata', 'spec', 'status', 'items'],
  metadata: ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields'],
  podSpec: ['volumes', 'initContainers', 'containers', 'ephemeralContainers', 'restartPolicy', 'terminationGracePeriodSeconds', 'activeDeadlineSeconds', 'dnsPolicy', 'nodeSelector', 'serviceAccountName', 'serviceAccount', 'automountServiceAccountToken', 'nodeName', 'hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'securityContext', 'imagePullSecrets', 'hostname', 'subdomain', 'affinity', 'schedulerName', 'tolerations', 'hostAliases', 'priorityClassName', 'priority', 'dnsConfig', 'readinessGates', 'runtimeClassName', 'enableServiceLinks', 'preemptionPolicy', 'overhead', 'topologySpreadConstraints', 'setHostnameAsFQDN', 'os', 'hostUsers', 'schedulingGates', 'resourceClaims', 'resources'],
  container: ['name', 'image', 'command', 'args', 'workingDir', 'ports', 'envFrom', 'env', 'resources', 'resizePolicy', 'restartPolicy', 'volumeMounts', 'volumeDevices', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy', 'securityContext', 'stdin', 'stdinOnce', 'tty'],
  podStatus: ['phase', 'conditions', 'message', 'reason', 'nominatedNodeName', 'hostIP', 'hostIPs', 'podIP', 'podIPs', 'startTime', 'initContainerStatuses', 'containerStatuses', 'qosClass', 'ephemeralContainerStatuses', 'resize', 'resourceClaimStatuses'],
  port: ['name', 'hostPort', 'containerPort', 'protocol', 'hostIP'],
  env: ['name', 'value', 'valueFrom'],
};

function reorder(obj: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (k in obj) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k];
  return out;
}

function goOrder(value: unknown, shape: string): unknown {
  if (Array.isArray(value)) return value.map((v) => goOrder(v, shape));
  if (!value || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  switch (shape) {
    case 'root': {
      const out = reorder(obj, ORDER.root);
      if (out.metadata) out.metadata = reorder(out.metadata as Record<string, unknown>, ORDER.metadata);
      if (Array.isArray(out.items)) out.items = out.items.map((i) => goOrder(i, 'root'));
      if (obj.kind === 'Pod') {
        if (out.spec) out.spec = goOrder(out.spec, 'podSpec');
        if (out.status) out.status = reorder(out.status as Record<string, unknown>, ORDER.podStatus);
      }
      return out;
    }
    case 'podSpec': {
      const out = reorder(obj, ORDER.podSpec);
      for (const k of ['containers', 'initContainers']) if (Array.isArray(out[k])) out[k] = (out[k] as unknown[]).map((c) => goOrder(c, 'container'));
      return out;
    }
    case 'container': {
      const out = reorder(obj, ORDER.container);
      if (Array.isArray(out.ports)) out.ports = (out.ports as Record<string, unknown>[]).map((p) => reorder(p, ORDER.port));
      if (Array.isArray(out.env)) out.env = (out.env as Record<string, unknown>[]).map((e) => reorder(e, ORDER.env));
      return out;
    }
  }
  return value;
}

/** Go struct field order for an object or list as the API server encodes it (known shapes; see ORDER). */
export function goStructOrder(value: unknown): unknown {
  return goOrder(value, 'root');
}

export function listOf(items: KubeObject[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
