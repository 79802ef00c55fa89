/**
 * Server-side strict field validation (the default since v1.27 for kubectl's requests): unknown
 * fields are rejected with `strict decoding error: unknown field "<path>"`. The engine knows the
 * field sets of the objects learners write by hand (Pod and its containers, ObjectMeta); elsewhere
 * it accepts what it is given.
 */
const OBJECT_META = ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields'];
const POD_SPEC = ['volumes', 'initContainers', 'containers', 'ephemeralContainers', 'restartPolicy', 'terminationGracePeriodSeconds', 'activeDeadlineSeconds', 'dnsPolicy', 'nodeSelector', 'serviceAccountName', 'serviceAccount', 'automountServiceAccountToken', 'nodeName', 'hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'securityContext', 'imagePullSecrets', 'hostname', 'subdomain', 'affinity', 'schedulerName', 'tolerations', 'hostAliases', 'priorityClassName', 'priority', 'dnsConfig', 'readinessGates', 'runtimeClassName', 'enableServiceLinks', 'preemptionPolicy', 'overhead', 'topologySpreadConstraints', 'setHostnameAsFQDN', 'os', 'hostUsers', 'schedulingGates', 'resourceClaims', 'resources'];
const CONTAINER = ['name', 'image', 'command', 'args', 'workingDir', 'ports', 'envFrom', 'env', 'resources', 'resizePolicy', 'restartPolicy', 'volumeMounts', 'volumeDevices', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy', 'securityContext', 'stdin', 'stdinOnce', 'tty'];
const PORT = ['name', 'hostPort', 'containerPort', 'protocol', 'hostIP'];
const ENV = ['name', 'value', 'valueFrom'];
const RESOURCES = ['limits', 'requests', 'claims'];
const TOLERATION = ['key', 'operator', 'value', 'effect', 'tolerationSeconds'];
const VOLUME_MOUNT = ['name', 'readOnly', 'recursiveReadOnly', 'mountPath', 'subPath', 'mountPropagation', 'subPathExpr'];

/** A field schema: known keys, each with the schema of its value (undefined = not checked further). */
interface Schema {
  fields: Record<string, Schema | undefined>;
  /** For lists: the schema of each item. */
  items?: Schema;
}

const known = (names: string[], nested: Record<string, Schema | undefined> = {}): Schema => ({
  fields: Object.fromEntries(names.map((n) => [n, nested[n]])),
});
const list = (item: Schema): Schema => ({ fields: {}, items: item });

const CONTAINER_SCHEMA = known(CONTAINER, {
  ports: list(known(PORT)),
  env: list(known(ENV)),
  volumeMounts: list(known(VOLUME_MOUNT)),
  resources: known(RESOURCES),
});
const POD_SCHEMA = known(['apiVersion', 'kind', 'metadata', 'spec', 'status'], {
  metadata: known(OBJECT_META),
  spec: known(POD_SPEC, {
    containers: list(CONTAINER_SCHEMA),
    initContainers: list(CONTAINER_SCHEMA),
    tolerations: list(known(TOLERATION)),
  }),
});

/**
 * kubectl sends JSON converted from YAML with sorted keys, and the decoder reports unknown fields in
 * the order it meets them: walk keys in sorted order, depth first.
 */
/** A field path built only when it is reported (most objects have no unknown field). */
interface FieldPath {
  parent: FieldPath | undefined;
  key: string;
  index?: number;
}

function render(p: FieldPath | undefined): string {
  if (!p) return '';
  if (p.index !== undefined) return `${render(p.parent)}[${p.index}]`;
  return p.parent ? `${render(p.parent)}.${p.key}` : p.key;
}

function walk(value: unknown, schema: Schema, path: FieldPath | undefined, out: string[]): void {
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item, i) => walk(item, schema.items!, { parent: path, key: '', index: i }, out));
    return;
  }
  if (!value || typeof value !== 'object' || schema.items) return;
  for (const key of Object.keys(value).sort()) {
    if (!(key in schema.fields)) {
      out.push(render({ parent: path, key }));
      continue;
    }
    const child = schema.fields[key];
    if (child) walk((value as Record<string, unknown>)[key], child, { parent: path, key }, out);
  }
}

/** Whether any unknown field exists (no paths, no sorting: the common, clean case stays cheap). */
function hasUnknown(value: unknown, schema: Schema): boolean {
  if (Array.isArray(value)) {
    if (schema.items) for (const item of value) if (hasUnknown(item, schema.items)) return true;
    return false;
  }
  if (!value || typeof value !== 'object' || schema.items) return false;
  for (const key of Object.keys(value)) {
    if (!(key in schema.fields)) return true;
    const child = schema.fields[key];
    if (child && hasUnknown((value as Record<string, unknown>)[key], child)) return true;
  }
  return false;
}

/** Unknown field paths of a Pod as the API server reports them. */
export function unknownPodFields(obj: Record<string, unknown>): string[] {
  if (!hasUnknown(obj, POD_SCHEMA)) return [];
  const out: string[] = [];
  walk(obj, POD_SCHEMA, undefined, out);
  return out;
}

export function strictDecodingMessage(kind: string, apiVersion: string, unknown: string[]): string {
  return `${kind} in version "${apiVersion.split('/').pop()}" cannot be handled as a ${kind}: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(', ')}`;
}
