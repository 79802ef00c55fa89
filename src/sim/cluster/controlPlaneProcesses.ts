import { parse } from 'yaml';
import type { RequestOp } from '../etcd/mvcc/types.ts';
import type { NodeHost } from '../node/host/nodeHost.ts';
import type { RuntimeContainer } from '../node/runtime/containerRuntime.ts';
import type { SimCluster } from './cluster.ts';

/**
 * The control-plane components run as the containers of their static pods: when the kubelet
 * stops the kube-scheduler container (its manifest left /etc/kubernetes/manifests) the scheduler
 * component stops, and it starts again with the next container. The same holds for
 * kube-controller-manager and the stacked etcd member. kube-apiserver is not tied this way: the
 * simulation's clients reach it directly, so its manifest's removal stops the container only.
 *
 * etcd's data directory is the hostPath of the `etcd-data` volume in its manifest. When the etcd
 * container starts with a directory other than the one the member was using (after `etcdutl
 * snapshot restore --data-dir ...` and an edit of etcd.yaml), the member takes that directory's
 * content: the keys of the restored snapshot, or nothing at all for an empty directory (a new,
 * empty etcd). Simplification: the content is applied to the running member as one new revision
 * (what `etcdutl snapshot restore --bump-revision` yields) instead of a new member with the
 * snapshot's revision and a new cluster ID, so kube-apiserver's watch cache follows it at once.
 */
export const ETCD_MANIFEST = '/etc/kubernetes/manifests/etcd.yaml';
export const DEFAULT_ETCD_DATA_DIR = '/var/lib/etcd';

/** The file a data directory holds the member's keys in (bbolt's db on a real node; JSON here). */
export function etcdDbPath(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}/member/snap/db`;
}

export interface StoredKv {
  key: string;
  value: string;
  createRevision: number;
  modRevision: number;
  version: number;
  lease: string;
}

/** The keys a snapshot file or a restored data directory holds; undefined when the text is no such file. */
export function decodeEtcdData(text: string | undefined): { revision: number; kvs: StoredKv[] } | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as { revision?: unknown; kvs?: unknown };
    if (typeof value.revision !== 'number' || !Array.isArray(value.kvs)) return undefined;
    return { revision: value.revision, kvs: value.kvs as StoredKv[] };
  } catch {
    return undefined;
  }
}

const COMPONENTS: Record<string, string> = { 'kube-scheduler': 'kube-scheduler', 'kube-controller-manager': 'kube-controller-manager' };

export function wireControlPlaneProcesses(cluster: SimCluster, controlPlane: string, stackedEtcd: boolean): void {
  const runtime = cluster.runtimes.get(controlPlane);
  const host = cluster.nodes.hosts.get(controlPlane);
  if (!runtime || !host) return;
  const etcdHost = stackedEtcd ? cluster.etcdMembers[0] : undefined;
  let dataDir = DEFAULT_ETCD_DATA_DIR;
  runtime.onProcess = (c: RuntimeContainer, running: boolean) => {
    if (c.namespace !== 'kube-system') return;
    const id = c.name === 'etcd' ? etcdHost?.id : COMPONENTS[c.name];
    const component = id ? cluster.components.get(id) : undefined;
    if (!component) return;
    if (running) {
      if (c.name === 'etcd' && etcdHost) dataDir = switchDataDir(host, etcdHost.member, dataDir);
      component.start();
      return;
    }
    const another = [...runtime.containers.values()].some((x) => x !== c && x.name === c.name && x.namespace === 'kube-system' && x.state === 'running');
    if (!another) component.stop();
  };
}

/** The data directory etcd's manifest mounts at its --data-dir. */
export function manifestDataDir(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const pod = parse(text) as { spec?: { containers?: { command?: string[]; volumeMounts?: { name: string; mountPath: string }[] }[]; volumes?: { name: string; hostPath?: { path: string } }[] } };
    const container = pod.spec?.containers?.[0];
    const flag = container?.command?.find((a) => a.startsWith('--data-dir='));
    const inside = flag ? flag.slice('--data-dir='.length) : DEFAULT_ETCD_DATA_DIR;
    const mount = container?.volumeMounts?.find((m) => inside === m.mountPath || inside.startsWith(`${m.mountPath}/`));
    if (!mount) return inside;
    const volume = pod.spec?.volumes?.find((v) => v.name === mount.name);
    return volume?.hostPath?.path ? volume.hostPath.path + inside.slice(mount.mountPath.length) : inside;
  } catch {
    return undefined;
  }
}

function switchDataDir(host: NodeHost, member: SimCluster['etcdMembers'][number]['member'], current: string): string {
  const next = manifestDataDir(host.files.read(ETCD_MANIFEST));
  if (!next || next.replace(/\/+$/, '') === current.replace(/\/+$/, '')) return current;
  // The member's keys stay in the directory it leaves (so pointing the manifest back restores them).
  const store = member.store;
  const live = store.entries();
  host.files.write(etcdDbPath(current), JSON.stringify({ revision: store.revision(), kvs: live.map((kv) => ({ ...kv, lease: kv.lease.toString() })) }));
  const target = decodeEtcdData(host.files.read(etcdDbPath(next)))?.kvs ?? [];
  const wanted = new Map(target.map((kv) => [kv.key, kv]));
  const ops: RequestOp[] = [];
  for (const kv of live) if (!wanted.has(kv.key)) ops.push({ op: 'deleteRange', key: kv.key });
  const have = new Map(live.map((kv) => [kv.key, kv.value]));
  for (const kv of target) if (have.get(kv.key) !== kv.value) ops.push({ op: 'put', key: kv.key, value: kv.value });
  if (ops.length) store.txn([], ops, []);
  return next;
}
