// API validation of the workload kinds (k/k pkg/apis/apps/validation, and
// ValidateReplicationController in pkg/apis/core/validation), with the real field paths and messages.
import type { FieldError } from '../../api/fieldErrors.ts';
import type { Deployment, KubeObject, LabelSelector, PodTemplateSpec, ReplicaSet, ReplicationController } from '../../api/types.ts';
import { registerValidator, validatePodSpec } from '../../api/validation.ts';
import { matchesEqualitySelector, matchesLabelSelector } from '../util/labelSelector.ts';
import { semanticEqual } from '../util/semanticEqual.ts';

function validateReplicas(replicas: unknown, errors: FieldError[]): void {
  if (typeof replicas === 'number' && replicas < 0) {
    errors.push({ type: 'Invalid', field: 'spec.replicas', value: replicas, detail: 'must be greater than or equal to 0' });
  }
}

function validateTemplate(t: PodTemplateSpec | undefined, matches: (labels: Record<string, string> | undefined) => boolean, errors: FieldError[]): void {
  if (!t) {
    errors.push({ type: 'Required', field: 'spec.template' });
    return;
  }
  if (!matches(t.metadata?.labels)) {
    errors.push({ type: 'Invalid', field: 'spec.template.metadata.labels', value: t.metadata?.labels ?? {}, detail: '`selector` does not match template `labels`' });
  }
  errors.push(...validatePodSpec(t.spec, 'spec.template.spec'));
  const rp = t.spec?.restartPolicy;
  if (rp !== undefined && rp !== 'Always' && ['OnFailure', 'Never'].includes(rp)) {
    errors.push({ type: 'Unsupported', field: 'spec.template.spec.restartPolicy', value: rp, supported: ['Always'] });
  }
}

/** ValidateLabelSelector + the apps rule that a selector must not be empty. */
function validateSelector(selector: LabelSelector | undefined, kindWord: string, errors: FieldError[]): boolean {
  if (!selector) {
    errors.push({ type: 'Required', field: 'spec.selector' });
    return false;
  }
  if (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0) {
    errors.push({ type: 'Invalid', field: 'spec.selector', value: selector, detail: `empty selector is invalid for ${kindWord}` });
    return false;
  }
  return true;
}

function immutableSelector(obj: KubeObject, old: KubeObject | undefined, errors: FieldError[]): void {
  if (!old) return;
  const a = (obj.spec as { selector?: unknown } | undefined)?.selector;
  const b = (old.spec as { selector?: unknown } | undefined)?.selector;
  if (!semanticEqual(a, b)) errors.push({ type: 'Invalid', field: 'spec.selector', value: a, detail: 'field is immutable' });
}

/** ValidateRollingUpdateDeployment / ValidateDeploymentStrategy (k8s-facts 2.4). */
function validateStrategy(d: Deployment, errors: FieldError[]): void {
  const s = d.spec.strategy;
  if (!s) return;
  if (s.type === 'Recreate' && s.rollingUpdate) {
    errors.push({ type: 'Forbidden', field: 'spec.strategy.rollingUpdate', detail: "may not be specified when strategy `type` is 'Recreate'" });
    return;
  }
  if (s.type !== undefined && s.type !== 'Recreate' && s.type !== 'RollingUpdate') {
    errors.push({ type: 'Unsupported', field: 'spec.strategy.type', value: s.type, supported: ['Recreate', 'RollingUpdate'] });
    return;
  }
  const ru = s.rollingUpdate;
  if (!ru) return;
  const check = (name: 'maxUnavailable' | 'maxSurge') => {
    const v = ru[name];
    const field = `spec.strategy.rollingUpdate.${name}`;
    if (typeof v === 'number' && v < 0) errors.push({ type: 'Invalid', field, value: v, detail: 'must be greater than or equal to 0' });
    if (typeof v === 'string') {
      const m = /^(\d+)%$/.exec(v);
      if (!m) errors.push({ type: 'Invalid', field, value: v, detail: "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')" });
      else if (name === 'maxUnavailable' && Number(m[1]) > 100) errors.push({ type: 'Invalid', field, value: v, detail: 'must not be greater than 100%' });
    }
  };
  check('maxUnavailable');
  check('maxSurge');
  const zero = (v: number | string | undefined) => v === 0 || v === '0%';
  if (zero(ru.maxUnavailable) && zero(ru.maxSurge)) {
    errors.push({ type: 'Invalid', field: 'spec.strategy.rollingUpdate.maxUnavailable', value: ru.maxUnavailable, detail: 'may not be 0 when `maxSurge` is 0' });
  }
}

registerValidator('Deployment', (obj, old) => {
  const d = obj as Deployment;
  const errors: FieldError[] = [];
  if (!d.spec) return [{ type: 'Required', field: 'spec.selector' }];
  validateReplicas(d.spec.replicas, errors);
  const ok = validateSelector(d.spec.selector, 'deployment', errors);
  validateTemplate(d.spec.template, (l) => !ok || matchesLabelSelector(d.spec.selector, l), errors);
  validateStrategy(d, errors);
  immutableSelector(obj, old, errors);
  return errors;
});

registerValidator('ReplicaSet', (obj, old) => {
  const rs = obj as ReplicaSet;
  const errors: FieldError[] = [];
  if (!rs.spec) return [{ type: 'Required', field: 'spec.selector' }];
  validateReplicas(rs.spec.replicas, errors);
  const ok = validateSelector(rs.spec.selector, 'deployment', errors);
  validateTemplate(rs.spec.template, (l) => !ok || matchesLabelSelector(rs.spec.selector, l), errors);
  immutableSelector(obj, old, errors);
  return errors;
});

registerValidator('ReplicationController', (obj) => {
  const rc = obj as ReplicationController;
  const errors: FieldError[] = [];
  if (!rc.spec) return [{ type: 'Required', field: 'spec.selector' }];
  validateReplicas(rc.spec.replicas, errors);
  const selector = rc.spec.selector ?? {};
  if (Object.keys(selector).length === 0) errors.push({ type: 'Required', field: 'spec.selector' });
  validateTemplate(rc.spec.template, (l) => Object.keys(selector).length === 0 || matchesEqualitySelector(selector, l), errors);
  return errors;
});

/** ValidateDaemonSetSpec: a non-empty selector that matches the template, a valid pod template that restarts Always. */
registerValidator('DaemonSet', (obj, old) => {
  const spec = obj.spec as { selector?: LabelSelector; template?: PodTemplateSpec } | undefined;
  const errors: FieldError[] = [];
  if (!spec) return [{ type: 'Required', field: 'spec.selector' }];
  const ok = validateSelector(spec.selector, 'daemonset', errors);
  validateTemplate(spec.template, (l) => !ok || matchesLabelSelector(spec.selector, l), errors);
  immutableSelector(obj, old, errors);
  return errors;
});
