import type { KubeObject, LabelSelector, Pod } from '../../api/types.ts';
import { resolveResource } from '../../api/resources.ts';
import { kubectlErrorText } from '../../apiserver/protocol.ts';
import { labelSelectorMatcher } from '../../apiserver/selectors.ts';
import { isPodReady, maxContainerRestarts } from '../../controllers/util/podUtil.ts';
import { api, type Effect, type EffectResult } from '../command.ts';
import type { KubectlContext } from './registry.ts';

/**
 * `kubectl logs|exec TYPE/NAME`: kubectl's polymorphic helpers find the pod of a workload from its
 * selector (SelectorsForObject), list the pods and take the first after sorting them (GetFirstPod):
 * logs prefers the pod best to read logs from (podutils.ByLogging), exec the most active one
 * (sort.Reverse(ActivePods)). With no pod yet, kubectl waits for one (--pod-running-timeout).
 */
export type PodPurpose = 'logs' | 'exec';

export interface PodChoice {
  name: string;
  /** The pod as listed, when it was found through a workload (kubectl does not read it again). */
  pod?: Pod;
  /** How many pods matched (logs tells which one it used when there are several). */
  count: number;
}

/** --pod-running-timeout defaults: 20s for logs, 1m for exec. */
const POD_TIMEOUT_MS: Record<PodPurpose, number> = { logs: 20_000, exec: 60_000 };

/** Kinds SelectorsForObject knows, with where their selector is. */
const SELECTOR_OF: Record<string, (o: KubeObject) => LabelSelector | undefined> = {
  Deployment: (o) => (o.spec as { selector?: LabelSelector } | undefined)?.selector,
  ReplicaSet: (o) => (o.spec as { selector?: LabelSelector } | undefined)?.selector,
  DaemonSet: (o) => (o.spec as { selector?: LabelSelector } | undefined)?.selector,
  StatefulSet: (o) => (o.spec as { selector?: LabelSelector } | undefined)?.selector,
  Job: (o) => (o.spec as { selector?: LabelSelector } | undefined)?.selector,
  ReplicationController: (o) => ({ matchLabels: (o.spec as { selector?: Record<string, string> } | undefined)?.selector }),
  Service: (o) => ({ matchLabels: (o.spec as { selector?: Record<string, string> } | undefined)?.selector }),
};

/** metav1.LabelSelectorAsSelector(...).String(): requirements sorted by key. */
export function selectorString(selector: LabelSelector): string {
  const terms: [string, string][] = [];
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) terms.push([k, `${k}=${v}`]);
  for (const e of selector.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    if (e.operator === 'In') terms.push([e.key, `${e.key} in (${values})`]);
    else if (e.operator === 'NotIn') terms.push([e.key, `${e.key} notin (${values})`]);
    else if (e.operator === 'Exists') terms.push([e.key, e.key]);
    else terms.push([e.key, `!${e.key}`]);
  }
  return terms.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((t) => t[1]).join(',');
}

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function readySince(p: Pod): number {
  const t = p.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime;
  return t ? Date.parse(t) : 0;
}

function created(p: Pod): number {
  return p.metadata.creationTimestamp ? Date.parse(p.metadata.creationTimestamp) : 0;
}

/** afterOrZero(a, b): a is zero, or after b. */
function afterOrZero(a: number, b: number): boolean {
  return a === 0 || b === 0 ? a === 0 : a > b;
}

/** podutils.ByLogging.Less: assigned, running, ready, ready longer, more restarts, older first. */
export function byLoggingLess(a: Pod, b: Pod): boolean {
  const na = a.spec.nodeName ?? '';
  const nb = b.spec.nodeName ?? '';
  if (na !== nb && (!na || !nb)) return na !== '';
  const pa = a.status?.phase ?? '';
  const pb = b.status?.phase ?? '';
  if (pa !== pb) return (PHASE_ORDINAL[pa] ?? 0) > (PHASE_ORDINAL[pb] ?? 0);
  if (isPodReady(a) !== isPodReady(b)) return isPodReady(a);
  if (isPodReady(a) && isPodReady(b) && readySince(a) !== readySince(b)) return afterOrZero(readySince(b), readySince(a));
  if (maxContainerRestarts(a) !== maxContainerRestarts(b)) return maxContainerRestarts(a) > maxContainerRestarts(b);
  if (created(a) !== created(b)) return afterOrZero(created(b), created(a));
  return false;
}

/** podutils.ActivePods.Less (less active first); exec sorts with its reverse. */
export function activePodsLess(a: Pod, b: Pod): boolean {
  const na = a.spec.nodeName ?? '';
  const nb = b.spec.nodeName ?? '';
  if (na !== nb && (!na || !nb)) return na === '';
  const pa = PHASE_ORDINAL[a.status?.phase ?? ''] ?? 0;
  const pb = PHASE_ORDINAL[b.status?.phase ?? ''] ?? 0;
  if (pa !== pb) return pa < pb;
  if (isPodReady(a) !== isPodReady(b)) return !isPodReady(a);
  if (isPodReady(a) && isPodReady(b) && readySince(a) !== readySince(b)) return afterOrZero(readySince(a), readySince(b));
  if (maxContainerRestarts(a) !== maxContainerRestarts(b)) return maxContainerRestarts(a) > maxContainerRestarts(b);
  if (created(a) !== created(b)) return afterOrZero(created(a), created(b));
  return false;
}

/** Go's sort.Sort on a handful of items is an insertion sort: stable, so ties keep the list order. */
function insertionSort<T>(items: T[], less: (a: T, b: T) => boolean): T[] {
  const out = [...items];
  for (let i = 1; i < out.length; i++) for (let j = i; j > 0 && less(out[j], out[j - 1]); j--) [out[j], out[j - 1]] = [out[j - 1], out[j]];
  return out;
}

/**
 * The pod a `logs`/`exec` argument names: `NAME`, `pod/NAME`, or `TYPE/NAME` of a workload.
 * Returns the pod's name, or kubectl's error text.
 */
export function* podForArgument(ctx: KubectlContext, arg: string, purpose: PodPurpose): Generator<Effect, PodChoice | { error: string }, EffectResult> {
  const slash = arg.indexOf('/');
  if (slash < 0) return { name: arg, count: 1 };
  const type = arg.slice(0, slash);
  const name = arg.slice(slash + 1);
  const rk = resolveResource(type);
  if (!rk) return { error: `error: the server doesn't have a resource type "${type}"` };
  if (rk.plural === 'pods') return { name, count: 1 };
  const got = yield* api({ verb: 'get', resource: rk.plural, namespace: rk.namespaced ? ctx.namespace : undefined, name });
  if (!got.ok) return { error: kubectlErrorText(got) };
  const selectorOf = SELECTOR_OF[rk.kind];
  if (!selectorOf) {
    const goType = `*v1.${rk.kind}`;
    return { error: purpose === 'logs' ? `error: cannot get the logs from ${goType}: selector for ${goType} not implemented` : `error: cannot attach to ${goType}: selector for ${goType} not implemented` };
  }
  const selector = selectorOf(got.object!) ?? {};
  const list = () => api({ verb: 'list', resource: 'pods', namespace: ctx.namespace, labelSelector: selectorString(selector) });
  let pods = yield* list();
  if (!pods.ok) return { error: kubectlErrorText(pods) };
  if (!pods.items?.length) {
    // GetFirstPod watches until a matching pod appears.
    const matches = labelSelectorMatcher(selector);
    const appeared = yield { type: 'waitFor', timeoutMs: POD_TIMEOUT_MS[purpose], predicate: () => ctx.io.peekList('pods', ctx.namespace).some((p) => matches(p.metadata.labels ?? {})) };
    if (!appeared) return { error: 'error: timed out waiting for the condition' };
    pods = yield* list();
    if (!pods.ok) return { error: kubectlErrorText(pods) };
    if (!pods.items?.length) return { error: 'error: timed out waiting for the condition' };
  }
  const items = pods.items as Pod[];
  const sorted = insertionSort(items, purpose === 'logs' ? byLoggingLess : (a, b) => activePodsLess(b, a));
  return { name: sorted[0].metadata.name!, pod: sorted[0], count: items.length };
}
