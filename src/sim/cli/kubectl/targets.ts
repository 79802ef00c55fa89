import { resolveResource, type ResourceKind } from '../../api/resources.ts';

/**
 * Resource arguments as kubectl reads them: `pods`, `pod nginx redis`, `pod/nginx`, `pods,svc`,
 * `all` (pods, replication controllers, services, daemon sets, deployments, replica sets, stateful sets).
 */
export interface Target {
  rk: ResourceKind;
  names: string[];
  /** Came from the `all` category or a multi-type request: print `kind/name`. */
  multi: boolean;
}

export class TargetError extends Error {}

const ALL = ['pods', 'replicationcontrollers', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets'];

function resolve(name: string): ResourceKind {
  const rk = resolveResource(name);
  if (!rk) throw new TargetError(`the server doesn't have a resource type "${name}"`);
  return rk;
}

export function parseTargets(args: string[]): Target[] {
  if (args.length === 0) return [];
  if (args.some((a) => a.includes('/'))) {
    const targets: Target[] = [];
    for (const a of args) {
      const slash = a.indexOf('/');
      if (slash < 0) throw new TargetError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
      const rk = resolve(a.slice(0, slash));
      const name = a.slice(slash + 1);
      const existing = targets.find((t) => t.rk === rk);
      if (existing) existing.names.push(name);
      else targets.push({ rk, names: [name], multi: true });
    }
    if (targets.length === 1 && targets[0].names.length === 1) targets[0].multi = false;
    return targets;
  }
  const [types, ...names] = args;
  const typeList = types.split(',').filter(Boolean);
  const kinds: ResourceKind[] = [];
  for (const t of typeList) {
    if (t === 'all') for (const p of ALL) kinds.push(resolveResource(p)!);
    else kinds.push(resolve(t));
  }
  const multi = typeList.length > 1 || typeList.includes('all');
  return kinds.map((rk) => ({ rk, names, multi }));
}

/** 'pod', 'deployment.apps' — the prefix kubectl prints in `kind/name` form. */
export function kindPrefix(rk: ResourceKind): string {
  return rk.group ? `${rk.singular}.${rk.group}` : rk.singular;
}
