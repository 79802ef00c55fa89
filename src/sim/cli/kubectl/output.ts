import { Scalar, stringify } from 'yaml';
import type { KubeObject } from '../../api/types.ts';
import { goJsonPretty } from './apply/lastApplied.ts';

/**
 * -o yaml and -o json as kubectl prints them: YAML through sigs.k8s.io/yaml (keys sorted,
 * sequences not indented under their key), JSON indented with four spaces.
 */
export function toYaml(value: unknown): string {
  return stringify(markTypedStrings(value), { version: '1.1', sortMapEntries: true, indentSeq: false, lineWidth: 80, minContentWidth: 0, aliasDuplicateObjects: false, nullStr: 'null', singleQuote: true } as never);
}

/**
 * go-yaml's two quoting styles: a string that would read back as another type (a number, a bool,
 * null, a timestamp, the empty string) is double-quoted by its encoder; one that cannot be plain
 * for YAML's syntax (a leading '*', ': ' inside) is single-quoted by its emitter. The first kind is
 * marked here (a copy of the value with those strings as double-quoted scalars); `singleQuote`
 * gives the second.
 */
function markTypedStrings(value: unknown): unknown {
  if (typeof value === 'string') {
    if (!readsAsOtherType(value)) return value;
    const scalar = new Scalar(value);
    scalar.type = 'QUOTE_DOUBLE';
    return scalar;
  }
  if (Array.isArray(value)) return value.map(markTypedStrings);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = markTypedStrings(v);
    return out;
  }
  return value;
}

/**
 * go-yaml v2's resolve(): the plain scalars that read back as null, a YAML 1.1 bool, an int (with
 * 0x, 0b, leading-0 octal, sexagesimal, underscores), a float (.inf, .nan, exponents) or a
 * timestamp, and the merge key. Such strings are written double-quoted.
 */
const YAML11_TYPED = new RegExp([
  '~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|<<',
  '[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)',
  '[-+]?0b[01_]+|[-+]?0x[0-9a-fA-F_]+',
  '[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?',
  '[-+]?\\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?',
  '\\d{4}-\\d\\d?-\\d\\d?(?:(?:[Tt]|[ \\t]+)\\d\\d?:\\d\\d:\\d\\d(?:\\.\\d*)?(?:[ \\t]*(?:Z|[-+]\\d\\d?(?::\\d\\d)?))?)?',
].map((p) => `(?:${p})`).join('|').replace(/^/, '^(?:').replace(/$/, ')$'));

function readsAsOtherType(text: string): boolean {
  return text === '' || YAML11_TYPED.test(text);
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
