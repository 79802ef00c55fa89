import { dns1035LabelErrors, dns1123LabelErrors, dns1123SubdomainErrors } from './meta.ts';
import { isQuantity } from './quantity.ts';
import type { FieldError } from './fieldErrors.ts';
import type { Container, KubeObject, Pod } from './types.ts';

/**
 * Object validation as the API server runs it after mutating admission (k/k pkg/apis/core/validation).
 * Only the rules the engine's scenarios can hit are implemented; others register validators per kind.
 */
export type Validator = (obj: KubeObject, old: KubeObject | undefined) => FieldError[];

const validators = new Map<string, Validator[]>();

export function registerValidator(kind: string, validator: Validator): void {
  const list = validators.get(kind) ?? [];
  list.push(validator);
  validators.set(kind, list);
}

export function validateObject(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errors: FieldError[] = validateMetadata(obj, old);
  for (const v of validators.get(obj.kind) ?? []) errors.push(...v(obj, old));
  return errors;
}

/** Name rules per kind (ValidateNamespaceName, ValidateServiceName); other kinds take DNS-1123 subdomains. */
const NAME_RULES = new Map<string, (name: string) => string[]>([
  ['Namespace', dns1123LabelErrors],
  ['Service', dns1035LabelErrors],
]);

function validateMetadata(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errors: FieldError[] = [];
  const name = obj.metadata?.name;
  if (!name) {
    errors.push({ type: 'Required', field: 'metadata.name', detail: 'name or generateName is required' });
  } else {
    const problems = (NAME_RULES.get(obj.kind) ?? dns1123SubdomainErrors)(name);
    for (const detail of problems) errors.push({ type: 'Invalid', field: 'metadata.name', value: name, detail });
  }
  for (const [key, value] of Object.entries(obj.metadata?.labels ?? {})) {
    if (typeof value !== 'string' || !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(value) || value.length > 63) {
      errors.push({
        type: 'Invalid',
        field: `metadata.labels`,
        value,
        detail: "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
      });
    }
    if (!/^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(key)) {
      errors.push({
        type: 'Invalid',
        field: 'metadata.labels',
        value: key,
        detail: "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      });
    }
  }
  // ValidateAnnotations: keys are qualified names, case aside (checked lower-cased).
  for (const key of Object.keys(obj.metadata?.annotations ?? {})) {
    if (!/^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(key.toLowerCase())) {
      errors.push({
        type: 'Invalid',
        field: 'metadata.annotations',
        value: key,
        detail: "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      });
    }
  }
  if (old && obj.metadata.name !== old.metadata.name) {
    errors.push({ type: 'Invalid', field: 'metadata.name', value: obj.metadata.name, detail: 'field is immutable' });
  }
  return errors;
}

function validateContainers(containers: Container[] | undefined, path: string, required: boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (!containers || containers.length === 0) {
    if (required) errors.push({ type: 'Required', field: path });
    return errors;
  }
  const seen = new Set<string>();
  containers.forEach((c, i) => {
    const at = `${path}[${i}]`;
    if (!c.name) errors.push({ type: 'Required', field: `${at}.name` });
    else {
      for (const detail of dns1123LabelErrors(c.name)) errors.push({ type: 'Invalid', field: `${at}.name`, value: c.name, detail });
      if (seen.has(c.name)) errors.push({ type: 'Duplicate', field: `${at}.name`, value: c.name });
      seen.add(c.name);
    }
    if (!c.image) errors.push({ type: 'Required', field: `${at}.image` });
    (c.ports ?? []).forEach((p, j) => {
      const port = p.containerPort;
      if (typeof port !== 'number' || port < 1 || port > 65535 || !Number.isInteger(port)) {
        errors.push({ type: 'Invalid', field: `${at}.ports[${j}].containerPort`, value: port, detail: 'must be between 1 and 65535, inclusive' });
      }
    });
    for (const kind of ['requests', 'limits'] as const) {
      for (const [res, q] of Object.entries(c.resources?.[kind] ?? {})) {
        if (!isQuantity(q)) {
          errors.push({ type: 'Invalid', field: `${at}.resources.${kind}[${res}]`, value: q, detail: 'must be a valid quantity' });
        }
      }
    }
    const pullPolicy = c.imagePullPolicy;
    if (pullPolicy !== undefined && !['Always', 'IfNotPresent', 'Never'].includes(pullPolicy)) {
      errors.push({ type: 'Unsupported', field: `${at}.imagePullPolicy`, value: pullPolicy, supported: ['Always', 'IfNotPresent', 'Never'] });
    }
  });
  return errors;
}

export function validatePodSpec(spec: Pod['spec'] | undefined, path: string): FieldError[] {
  if (!spec) return [{ type: 'Required', field: `${path}.containers` }];
  const errors = validateContainers(spec.containers, `${path}.containers`, true);
  errors.push(...validateContainers(spec.initContainers, `${path}.initContainers`, false));
  const rp = spec.restartPolicy;
  if (rp !== undefined && !['Always', 'OnFailure', 'Never'].includes(rp)) {
    errors.push({ type: 'Unsupported', field: `${path}.restartPolicy`, value: rp, supported: ['Always', 'OnFailure', 'Never'] });
  }
  const dns = spec.dnsPolicy;
  if (dns !== undefined && !['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'].includes(dns)) {
    errors.push({ type: 'Unsupported', field: `${path}.dnsPolicy`, value: dns, supported: ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'] });
  }
  return errors;
}

/** Pod spec is immutable after creation except image, activeDeadlineSeconds, tolerations additions (simplified message). */
registerValidator('Pod', (obj, old) => {
  const pod = obj as Pod;
  const errors = validatePodSpec(pod.spec, 'spec');
  if (old) {
    const a = stripMutable((old as Pod).spec);
    const b = stripMutable(pod.spec);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      errors.push({
        type: 'Forbidden',
        field: 'spec',
        detail:
          'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
      });
    }
  }
  return errors;
});

function stripMutable(spec: Pod['spec']): unknown {
  const copy = { ...spec, tolerations: undefined, activeDeadlineSeconds: undefined, terminationGracePeriodSeconds: undefined, nodeName: undefined };
  copy.containers = spec.containers?.map((c) => ({ ...c, image: undefined }));
  copy.initContainers = spec.initContainers?.map((c) => ({ ...c, image: undefined }));
  return copy;
}
