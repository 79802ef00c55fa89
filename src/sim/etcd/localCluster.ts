import { EtcdMember, type RaftMessage } from './server/etcdMember.ts';
import { initialMembers, type MemberSpec } from './server/membership.ts';
import type { ClientRequest, ClientResponse, WatchResponse } from './server/requests.ts';

/** etcd's default heartbeat interval: one Raft tick. */
export const TICK_MS = 100;

export interface LocalClusterOptions {
  members: MemberSpec[];
  /** Uniform generator in [0, 1) (seeded by the caller). */
  random: () => number;
  /** One-way network latency between members and to clients, ms. */
  latencyMs?: number;
  clusterToken?: string;
  /** Start the members with `--enable-v2`. */
  enableV2?: boolean;
}

export type CallOutcome =
  | { kind: 'response'; response: ClientResponse; elapsedMs: number }
  | { kind: 'timeout'; elapsedMs: number }
  | { kind: 'unreachable' };

interface QueuedEvent {
  at: number;
  seq: number;
  run: () => void;
}

/**
 * A minimal discrete-event host for a set of etcd members: a virtual clock, a tick every 100 ms for
 * each running member, message delivery with a fixed latency, and partitions. The engine's kernel
 * hosts members its own way (see README.md); this host serves the etcd tests, the golden
 * comparisons and anyone who needs etcd without the rest of the cluster.
 */
export class LocalEtcdCluster {
  readonly members: EtcdMember[];
  private readonly names = new Map<string, EtcdMember>();
  private readonly latencyMs: number;
  private clock = 0;
  private seq = 0;
  private queue: QueuedEvent[] = [];
  private nextRequestId = 1;
  private readonly responses = new Map<number, ClientResponse>();
  private readonly watchStreams = new Map<number, WatchResponse[]>();
  /** Pairs of member IDs that cannot talk ("a|b", both directions). */
  private readonly cut = new Set<string>();
  /** Optional filter to drop or observe messages (tests). */
  messageFilter?: (m: RaftMessage) => boolean;

  constructor(options: LocalClusterOptions) {
    const infos = initialMembers(options.members, options.clusterToken);
    this.latencyMs = options.latencyMs ?? 1;
    this.members = infos.map((info) => new EtcdMember({ id: info.id, members: infos, random: options.random, nowMs: 0, enableV2: options.enableV2 }));
    for (const m of this.members) this.names.set(m.info.name, m);
    this.scheduleTick(TICK_MS);
  }

  now(): number {
    return this.clock;
  }

  member(nameOrId: string): EtcdMember | undefined {
    return this.names.get(nameOrId) ?? this.members.find((m) => m.id === nameOrId);
  }

  /** The member a client URL or bare host:port points at (etcdctl --endpoints). */
  memberByEndpoint(endpoint: string): EtcdMember | undefined {
    const hostPort = endpoint.replace(/^[a-z]+:\/\//, '');
    return this.members.find((m) => m.info.clientURLs.some((u) => u.replace(/^[a-z]+:\/\//, '') === hostPort));
  }

  leader(): EtcdMember | undefined {
    return this.members.find((m) => m.isRunning() && m.raft().state === 'leader');
  }

  stop(name: string): void {
    this.member(name)?.stop();
  }

  start(name: string): void {
    this.member(name)?.start(this.clock);
  }

  partition(a: string, b: string): void {
    this.cut.add(pairKey(this.member(a)!.id, this.member(b)!.id));
  }

  heal(): void {
    this.cut.clear();
  }

  /** Runs every event due within the next `ms` of virtual time. */
  advance(ms: number): void {
    this.runUntil(this.clock + ms, () => false);
  }

  /** Runs until a leader exists (bounded). */
  waitForLeader(maxMs = 10_000): EtcdMember | undefined {
    this.runUntil(this.clock + maxMs, () => this.leader() !== undefined && this.leaderHasCommittedItsTerm());
    return this.leader();
  }

  /** Sends a request to a member and runs virtual time until its answer or the timeout. */
  call(memberName: string, request: ClientRequest, timeoutMs = 5000): CallOutcome {
    const m = this.member(memberName);
    if (!m || !m.isRunning()) return { kind: 'unreachable' };
    const start = this.clock;
    const requestId = this.nextRequestId++;
    this.schedule(this.clock + this.latencyMs, () => {
      m.submit(requestId, request, this.clock);
      this.flush(m);
    });
    this.runUntil(start + timeoutMs, () => this.responses.has(requestId));
    const response = this.responses.get(requestId);
    if (!response) return { kind: 'timeout', elapsedMs: this.clock - start };
    this.responses.delete(requestId);
    return { kind: 'response', response, elapsedMs: this.clock - start };
  }

  /** Opens a watch and collects its stream for `windowMs` of virtual time (see README: bounded watch). */
  watch(memberName: string, request: Extract<ClientRequest, { type: 'watch' }>, windowMs: number): { outcome: CallOutcome; stream: WatchResponse[] } {
    const m = this.member(memberName);
    if (!m || !m.isRunning()) return { outcome: { kind: 'unreachable' }, stream: [] };
    const requestId = this.nextRequestId++;
    this.watchStreams.set(requestId, []);
    const start = this.clock;
    this.schedule(this.clock + this.latencyMs, () => {
      m.submit(requestId, request, this.clock);
      this.flush(m);
    });
    this.runUntil(start + windowMs, () => false);
    const stream = this.watchStreams.get(requestId) ?? [];
    this.watchStreams.delete(requestId);
    const response = this.responses.get(requestId);
    this.responses.delete(requestId);
    const outcome: CallOutcome = response ? { kind: 'response', response, elapsedMs: this.clock - start } : { kind: 'timeout', elapsedMs: this.clock - start };
    return { outcome, stream };
  }

  /** Schedules an action at a virtual time (tests use it to write while a watch is open). */
  at(time: number, action: () => void): void {
    this.schedule(time, action);
  }

  private leaderHasCommittedItsTerm(): boolean {
    const l = this.leader();
    return !!l && l.raft().termAt(l.raft().commit) === l.raft().term && l.getClusterVersion() !== null;
  }

  private scheduleTick(at: number): void {
    this.schedule(at, () => {
      for (const m of this.members) {
        if (!m.isRunning()) continue;
        m.tick(this.clock);
        this.flush(m);
      }
      this.scheduleTick(at + TICK_MS);
    });
  }

  private flush(m: EtcdMember): void {
    const out = m.takeOutput();
    for (const msg of out.messages) {
      if (this.cut.has(pairKey(msg.from, msg.to))) continue;
      if (this.messageFilter && !this.messageFilter(msg)) continue;
      const target = this.member(msg.to);
      if (!target) continue;
      this.schedule(this.clock + this.latencyMs, () => {
        target.step(msg, this.clock);
        this.flush(target);
      });
    }
    for (const r of out.responses) {
      this.schedule(this.clock + this.latencyMs, () => this.responses.set(r.requestId, r.response));
    }
    for (const w of out.watchResponses) {
      const stream = this.watchStreams.get(w.requestId);
      if (stream) this.schedule(this.clock + this.latencyMs, () => stream.push(w));
    }
  }

  private schedule(at: number, run: () => void): void {
    const ev = { at, seq: this.seq++, run };
    // Binary insertion keeps the queue ordered by (time, sequence).
    let lo = 0;
    let hi = this.queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const q = this.queue[mid];
      if (q.at < at || (q.at === at && q.seq < ev.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.queue.splice(lo, 0, ev);
  }

  private runUntil(deadline: number, done: () => boolean): void {
    while (!done()) {
      const next = this.queue[0];
      if (!next || next.at > deadline) {
        this.clock = Math.max(this.clock, deadline);
        return;
      }
      this.queue.shift();
      this.clock = next.at;
      next.run();
    }
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
