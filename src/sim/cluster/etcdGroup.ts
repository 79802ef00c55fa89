import type { KeyValue, KvBackend, StorageRequest, StorageResponse } from '../apiserver/storage.ts';
import { EtcdMember, type RaftMessage } from '../etcd/server/etcdMember.ts';
import { initialMembers, kubeadmMemberSpecs, type MemberInfo } from '../etcd/server/membership.ts';
import type { Rng } from '../kernel/rng.ts';
import { EtcdMemberHost, TICK_MS } from './etcdMemberHost.ts';
import type { SimContext } from './component.ts';

/**
 * The cluster's etcd: one member named after the control-plane node (kubeadm's stacked etcd), or
 * 3/5 members etcd-1..etcd-N on their own hosts (external etcd, 192.168.1.21...). Before virtual
 * time 0 the members run on a private loop until they have elected a leader, and the kubeadm
 * objects are written into every member's store (as if replicated while the cluster came up).
 */
export class EtcdGroup implements KvBackend {
  readonly members: EtcdMember[];
  readonly infos: MemberInfo[];
  hosts: EtcdMemberHost[] = [];

  constructor(memberCount: number, controlPlane: { name: string; ip: string }, rng: Rng) {
    const specs = memberCount === 1
      ? kubeadmMemberSpecs([controlPlane])
      : kubeadmMemberSpecs(Array.from({ length: memberCount }, (_, i) => ({ name: `etcd-${i + 1}`, ip: `192.168.1.${21 + i}` })));
    this.infos = initialMembers(specs);
    this.members = this.infos.map((info) => new EtcdMember({ id: info.id, members: this.infos, random: () => rng.next(), nowMs: -60_000 }));
    this.warmUp();
  }

  /** Ticks the members and delivers their messages at once until a leader exists and all agree. */
  private warmUp(): void {
    let now = -60_000;
    for (let round = 0; round < 400; round++) {
      now += TICK_MS;
      for (const m of this.members) m.tick(now);
      this.pump();
      const leader = this.members.find((m) => m.raft().state === 'leader');
      if (leader && round > 60 && this.members.every((m) => m.raft().lead === leader.id)) break;
    }
  }

  private pump(): void {
    for (let guard = 0; guard < 10_000; guard++) {
      const queue: RaftMessage[] = [];
      for (const m of this.members) queue.push(...m.takeOutput().messages);
      if (queue.length === 0) return;
      for (const msg of queue) this.members.find((m) => m.id === msg.to)?.step(msg);
    }
  }

  createHosts(sim: SimContext, nodeOf: (memberName: string) => string): EtcdMemberHost[] {
    const peers = { hostOfMember: (id: string) => this.hosts.find((h) => h.member.id === id) };
    this.hosts = this.members.map((m) => new EtcdMemberHost(sim, m, peers, nodeOf(m.info.name)));
    return this.hosts;
  }

  private reader(): EtcdMember {
    return this.members.find((m) => m.isRunning() && m.raft().state === 'leader') ?? this.members.find((m) => m.isRunning()) ?? this.members[0];
  }

  // ---- KvBackend (bootstrap writes and read-only views) ----

  revision(): number {
    return this.reader().store.revision();
  }

  entries(): KeyValue[] {
    return this.reader().store.entries().map((k) => ({ key: k.key, value: k.value, createRevision: k.createRevision, modRevision: k.modRevision, version: k.version }));
  }

  /** Bootstrap only: the same write applied to every member's store before the clock starts. */
  apply(req: StorageRequest): StorageResponse {
    if (req.op !== 'put') throw new Error('bootstrap writes are puts');
    for (const m of this.members) m.store.put(req.key, req.value);
    return { ok: true, revision: this.members[0].store.revision() };
  }
}
