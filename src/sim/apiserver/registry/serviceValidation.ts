// Service validation (k/k pkg/apis/core/validation ValidateService), the rules learners meet:
// types, ports and their names (k8s-facts 7.7), nodePort only where it means something, ExternalName.
import type { FieldError } from '../../api/fieldErrors.ts';
import { registerValidator } from '../../api/validation.ts';
import { dns1123LabelErrors } from '../../api/meta.ts';
import type { Service } from '../../api/types.ts';

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PORT_RANGE = 'must be between 1 and 65535, inclusive';
const validPort = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535;

export function validateService(svc: Service): FieldError[] {
  const errors: FieldError[] = [];
  const spec = svc.spec ?? {};
  const type = spec.type ?? 'ClusterIP';
  if (!TYPES.includes(type)) errors.push({ type: 'Unsupported', field: 'spec.type', value: type, supported: TYPES });
  const ports = spec.ports ?? [];
  const headless = spec.clusterIP === 'None';
  if (type === 'ExternalName') {
    if (!spec.externalName) errors.push({ type: 'Required', field: 'spec.externalName' });
  } else if (ports.length === 0 && !headless) {
    errors.push({ type: 'Required', field: 'spec.ports' });
  }
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const path = `spec.ports[${i}]`;
    if (ports.length > 1 && !p.name) errors.push({ type: 'Required', field: `${path}.name` });
    if (p.name) {
      for (const detail of dns1123LabelErrors(p.name)) errors.push({ type: 'Invalid', field: `${path}.name`, value: p.name, detail });
      if (names.has(p.name)) errors.push({ type: 'Duplicate', field: `${path}.name`, value: p.name });
      names.add(p.name);
    }
    if (!validPort(p.port)) errors.push({ type: 'Invalid', field: `${path}.port`, value: p.port ?? 0, detail: PORT_RANGE });
    if (p.protocol && !PROTOCOLS.includes(p.protocol)) {
      errors.push({ type: 'Unsupported', field: `${path}.protocol`, value: p.protocol, supported: PROTOCOLS });
    }
    if (typeof p.targetPort === 'number' && !validPort(p.targetPort)) {
      errors.push({ type: 'Invalid', field: `${path}.targetPort`, value: p.targetPort, detail: PORT_RANGE });
    }
    if (p.nodePort && type === 'ClusterIP') {
      errors.push({ type: 'Forbidden', field: `${path}.nodePort`, detail: "may not be used when `type` is 'ClusterIP'" });
    }
  });
  return errors;
}

registerValidator('Service', (obj) => validateService(obj as Service));
