import type { Container, KubeObject, Pod, Toleration } from './types.ts';

/**
 * Defaulting as the API server applies it on create (k/k pkg/apis/core/v1/defaults.go and the
 * default admission plugins). Other kinds register their own defaulter with registerDefaulter().
 */
export type Defaulter = (obj: KubeObject, ctx: DefaultingContext) => void;

export interface DefaultingContext {
  /** Seeded random string for generated suffixes (kube-api-access-xxxxx). */
  randomSuffix(length: number): string;
}

const defaulters = new Map<string, Defaulter[]>();

export function registerDefaulter(kind: string, defaulter: Defaulter): void {
  const list = defaulters.get(kind) ?? [];
  list.push(defaulter);
  defaulters.set(kind, list);
}

export function applyDefaults(obj: KubeObject, ctx: DefaultingContext): void {
  for (const d of defaulters.get(obj.kind) ?? []) d(obj, ctx);
}

/** imagePullPolicy: Always for ':latest' or no tag, else IfNotPresent (k8s-facts 5.8). Digests count as a tag. */
export function defaultImagePullPolicy(image: string | undefined): 'Always' | 'IfNotPresent' {
  if (!image) return 'IfNotPresent';
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'Always';
  return image.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

export function defaultContainer(c: Container): void {
  c.imagePullPolicy ??= defaultImagePullPolicy(c.image);
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  c.resources ??= {};
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
}

/** DefaultTolerationSeconds admission plugin (k8s-facts 4.6): not-ready and unreachable for 300s. */
export function addDefaultTolerations(pod: Pod): void {
  const tolerations: Toleration[] = (pod.spec.tolerations ??= []);
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    const has = tolerations.some((t) => (t.key === key || (t.key === undefined && t.operator === 'Exists')) && (t.effect === 'NoExecute' || t.effect === undefined));
    if (!has) tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  }
}

export function qosClass(pod: Pod): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const r of ['cpu', 'memory']) {
      const l = lim[r];
      const q = req[r] ?? l;
      if (l === undefined || q !== l) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

registerDefaulter('Pod', (obj, ctx) => {
  const pod = obj as Pod;
  const spec = pod.spec;
  spec.restartPolicy ??= 'Always';
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.securityContext ??= {};
  spec.enableServiceLinks ??= true;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  spec.priority ??= 0;
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  // ServiceAccount admission: the default account and its projected token volume.
  if (!spec.serviceAccountName) {
    spec.serviceAccountName = (spec.serviceAccount as string | undefined) ?? 'default';
  }
  spec.serviceAccount = spec.serviceAccountName;
  if (spec.automountServiceAccountToken !== false && !spec.hostNetwork) {
    const volumes = ((spec.volumes as unknown[]) ??= []) as { name: string }[];
    if (!volumes.some((v) => v.name.startsWith('kube-api-access-'))) {
      const name = `kube-api-access-${ctx.randomSuffix(5)}`;
      volumes.push(kubeApiAccessVolume(name) as { name: string });
      for (const c of spec.containers ?? []) {
        const mounts = ((c.volumeMounts as unknown[]) ??= []) as unknown[];
        mounts.push({ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name, readOnly: true });
      }
    }
  }
  addDefaultTolerations(pod);
  pod.status = { phase: 'Pending', qosClass: qosClass(pod) };
});

function kubeApiAccessVolume(name: string): object {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        {
          downwardAPI: {
            items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }],
          },
        },
      ],
    },
  };
}

registerDefaulter('Namespace', (obj) => {
  const name = obj.metadata.name ?? '';
  obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': name };
  obj.spec = { finalizers: ['kubernetes'], ...((obj.spec as object) ?? {}) };
  obj.status = { phase: 'Active' };
});
