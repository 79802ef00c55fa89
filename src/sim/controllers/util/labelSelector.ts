// Label selector matching for controllers: apps/v1 LabelSelector (matchLabels + matchExpressions)
// and the v1 equality-based map selector of ReplicationControllers.
import type { LabelSelector, Labels } from '../../api/types.ts';

export function matchesLabelSelector(selector: LabelSelector | undefined, labels: Labels | undefined): boolean {
  // metav1.LabelSelectorAsSelector: a nil selector matches nothing, an empty one everything.
  if (!selector) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) {
    if (l[k] !== v) return false;
  }
  for (const req of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(l, req.key);
    const values = req.values ?? [];
    switch (req.operator) {
      case 'In':
        if (!has || !values.includes(l[req.key])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(l[req.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** labels.SelectorFromSet: every key/value must be present; an empty map matches everything. */
export function matchesEqualitySelector(selector: Labels | undefined, labels: Labels | undefined): boolean {
  const l = labels ?? {};
  for (const [k, v] of Object.entries(selector ?? {})) {
    if (l[k] !== v) return false;
  }
  return true;
}

export function isEmptySelector(selector: LabelSelector | undefined): boolean {
  if (!selector) return false;
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}

/**
 * String form as kubectl prints it (labels.Selector.String()): requirements sorted by key,
 * `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, joined by commas.
 */
export function selectorToString(selector: LabelSelector | undefined): string {
  if (!selector) return '<none>';
  const parts: { key: string; text: string }[] = [];
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) parts.push({ key: k, text: `${k}=${v}` });
  for (const req of selector.matchExpressions ?? []) {
    const values = [...(req.values ?? [])].sort().join(',');
    const text =
      req.operator === 'In' ? `${req.key} in (${values})`
      : req.operator === 'NotIn' ? `${req.key} notin (${values})`
      : req.operator === 'Exists' ? req.key
      : `!${req.key}`;
    parts.push({ key: req.key, text });
  }
  parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return parts.map((p) => p.text).join(',');
}

export function equalitySelectorToString(selector: Labels | undefined): string {
  return Object.keys(selector ?? {})
    .sort()
    .map((k) => `${k}=${selector![k]}`)
    .join(',');
}
