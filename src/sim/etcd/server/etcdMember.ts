import { Lessor } from '../lease/lessor.ts';
import { ERR_EMPTY_KEY, ERR_NO_LEADER, ERR_TIMEOUT, EtcdError } from '../mvcc/errors.ts';
import { MvccStore } from '../mvcc/kvStore.ts';
import { WatchHub } from '../mvcc/watchHub.ts';
import type { MvccEvent } from '../mvcc/types.ts';
import { RaftNode } from '../raft/raftNode.ts';
import type { Entry, Message, RaftStorage } from '../raft/types.ts';
import { V2Error, V2Store, viewOf } from '../v2store/v2Store.ts';
import { applyWrite } from './applier.ts';
import { computeClusterId, type MemberInfo } from './membership.ts';
import {
  isWriteRequest,
  type ClientRequest,
  type ClientResponse,
  type ClientResult,
  type MemberStatus,
  type ResponseHeader,
  type WatchResponse,
  type WriteRequest,
} from './requests.ts';

/** The server version this simulation reports everywhere (Debian's etcd 3.4, used for the golden transcripts). */
export const ETCD_VERSION = '3.4.23';
export const ETCD_CLUSTER_VERSION = '3.4.0';

/** What travels through the Raft log (etcd's InternalRaftRequest and membership entries, reduced). */
export type LogData =
  | { kind: 'addMember'; memberId: string }
  | { kind: 'publish'; memberId: string; name: string; clientURLs: string[] }
  | { kind: 'clusterVersion'; version: string }
  | { kind: 'request'; origin: string; requestId: number; request: WriteRequest };

export type RaftMessage = Message<LogData>;

export interface EtcdMemberConfig {
  /** This member's ID (one of `members`). */
  id: string;
  /** The whole initial cluster (see initialMembers()). */
  members: MemberInfo[];
  /** Uniform generator in [0, 1) for election timeouts. */
  random: () => number;
  /** Virtual time at creation, in ms. */
  nowMs?: number;
  /** Ticks per election timeout (10 = 1000 ms at the 100 ms heartbeat). */
  electionTick?: number;
  /** `--enable-v2`: serve the v2 keys API (off by default, as in etcd 3.4 and kubeadm). */
  enableV2?: boolean;
}

/** What the v2 HTTP API answers when the member runs without --enable-v2 (a non-JSON 404). */
export const V2_DISABLED_ERROR = '404 page not found';

export interface MemberOutput {
  /** Raft messages to deliver to other members (by `to` member ID). */
  messages: RaftMessage[];
  /** Answers to client requests submitted to this member. */
  responses: { requestId: number; response: ClientResponse }[];
  /** Watch stream messages for clients watching through this member. */
  watchResponses: WatchResponse[];
}

/** How long an expired lease's revoke may stay unapplied before the leader proposes it again. */
const REVOKE_RETRY_MS = 5000;

/** Ticks a publish may stay unapplied before the member proposes it again (etcd retries publish). */
const PUBLISH_RETRY_TICKS = 50;

interface WatchRegistration {
  requestId: number;
}

/**
 * One etcd server (etcd `etcdserver/server.go`, synchronous): a RaftNode plus the MVCC store and
 * lessor it applies committed entries to. Writes are proposed to Raft and answered when applied on
 * this member; linearizable reads wait for a read index; serializable reads, member list and status
 * are answered locally. A request that cannot make progress (no leader) waits until etcd's request
 * timeout; etcdctl's shorter client timeout reports it as "context deadline exceeded" first.
 */
export class EtcdMember {
  readonly id: string;
  readonly clusterId: string;
  readonly info: MemberInfo;
  readonly store = new MvccStore();
  readonly lessor: Lessor;
  /** The v2 store; etcd keeps its membership there even when the v2 API is off. */
  readonly v2store = new V2Store();
  private readonly members: MemberInfo[];
  private readonly watchHub: WatchHub;
  private readonly config: EtcdMemberConfig;
  private readonly storage: RaftStorage<LogData>;
  private raftNode: RaftNode<LogData>;
  private running = true;
  private nowMs: number;
  private appliedTerm = 0;
  private published = false;
  private publishAgeTicks: number | null = null;
  private clusterVersion: string | null = null;
  private clusterVersionProposed = false;
  private readonly publishedMembers = new Set<string>();
  private wasLeader = false;
  private nextLeaseSeq = 0;
  /** Expired leases whose revoke the leader proposed, with the time it did. */
  private readonly revoking = new Map<bigint, number>();
  private readonly pendingWrites = new Map<number, { request: WriteRequest; since: number }>();
  private readonly pendingReads = new Map<string, { requestId: number; request: Extract<ClientRequest, { type: 'range' }>; since: number }>();
  private readonly readyReads: { index: number; context: string }[] = [];
  private readonly watches = new Map<number, WatchRegistration>();
  private out: MemberOutput = { messages: [], responses: [], watchResponses: [] };

  constructor(config: EtcdMemberConfig) {
    const info = config.members.find((m) => m.id === config.id);
    if (!info) throw new Error(`member ${config.id} is not in the initial cluster`);
    this.config = config;
    this.id = config.id;
    this.info = info;
    this.members = config.members;
    this.clusterId = computeClusterId(config.members.map((m) => m.id));
    this.nowMs = config.nowMs ?? 0;
    // etcd: minimum lease TTL = 1.5 election timeouts, in whole seconds.
    const electionMs = (config.electionTick ?? 10) * 100;
    this.lessor = new Lessor(Math.ceil((3 * electionMs) / 2 / 1000));
    this.watchHub = new WatchHub(this.store);
    // Bootstrap: the initial members are committed configuration entries of term 1, as etcd writes them.
    this.storage = {
      hardState: { term: 1, vote: null, commit: config.members.length },
      entries: config.members.map((m, i) => ({ term: 1, index: i + 1, type: 'confChange' as const, data: { kind: 'addMember' as const, memberId: m.id } })),
      applied: 0,
    };
    this.raftNode = this.newRaftNode();
    this.processReady();
  }

  // ---- host inputs ----

  /** One heartbeat interval (100 ms of virtual time) has passed. */
  tick(nowMs: number): void {
    if (!this.running) return;
    this.nowMs = nowMs;
    this.raftNode.tick();
    this.afterRaftInput();
    if (this.raftNode.state === 'leader') this.revokeExpiredLeases();
    if (this.publishAgeTicks !== null && ++this.publishAgeTicks >= PUBLISH_RETRY_TICKS) this.publishAgeTicks = null;
    this.maybePublish();
    if (this.raftNode.lead === null) this.cancelWatchesForNoLeader();
    this.expirePendingRequests();
    this.processReady();
  }

  /** Delivers a Raft message from another member (at `nowMs`, if given). Messages to a stopped member are lost. */
  step(message: RaftMessage, nowMs?: number): void {
    if (!this.running) return;
    if (nowMs !== undefined) this.nowMs = nowMs;
    this.raftNode.step(message);
    this.afterRaftInput();
    this.maybePublish();
    this.processReady();
  }

  /** A client request arrives at this member. The answer appears in a later takeOutput(). */
  submit(requestId: number, request: ClientRequest, nowMs: number): void {
    if (!this.running) return;
    this.nowMs = nowMs;
    try {
      this.handleRequest(requestId, request);
    } catch (err) {
      if (!(err instanceof EtcdError)) throw err;
      this.respond(requestId, { ok: false, error: err.message, grpcCode: err.grpcCode });
    }
    this.processReady();
  }

  /** Collects what the member produced since the last call. */
  takeOutput(): MemberOutput {
    const out = this.out;
    this.out = { messages: [], responses: [], watchResponses: [] };
    return out;
  }

  /** Crash/stop: volatile state is lost; the log, hard state and store (on disk) survive. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.pendingWrites.clear();
    this.pendingReads.clear();
    this.readyReads.length = 0;
    this.watchHub.cancelAll();
    this.watches.clear();
    this.out = { messages: [], responses: [], watchResponses: [] };
  }

  /** Restart from durable state: a follower of its last term that must hear from a leader again. */
  start(nowMs: number): void {
    if (this.running) return;
    this.running = true;
    this.nowMs = nowMs;
    this.raftNode = this.newRaftNode();
    this.wasLeader = false;
    // etcd publishes its attributes on every start.
    this.published = false;
    this.publishAgeTicks = null;
    this.processReady();
  }

  // ---- views ----

  isRunning(): boolean {
    return this.running;
  }

  raft(): RaftNode<LogData> {
    return this.raftNode;
  }

  memberList(): MemberInfo[] {
    return this.members.map((m) => ({ ...m, peerURLs: [...m.peerURLs], clientURLs: [...m.clientURLs] }));
  }

  header(): ResponseHeader {
    return { clusterId: this.clusterId, memberId: this.id, revision: this.store.revision(), raftTerm: this.appliedTerm };
  }

  status(): MemberStatus {
    const data = this.store.bytes();
    return {
      version: ETCD_VERSION,
      // bbolt starts at 20 kB (5 pages) and grows in 4 kB pages; the sizes are an estimate.
      dbSize: 20480 + Math.floor(data / 4096) * 4096,
      dbSizeInUse: 16384 + Math.floor(data / 4096) * 4096,
      leader: this.raftNode.lead ?? '0',
      raftIndex: this.raftNode.commit,
      raftTerm: this.appliedTerm,
      raftAppliedIndex: this.raftNode.applied,
      errors: this.raftNode.lead === null ? [ERR_NO_LEADER] : [],
      isLearner: false,
    };
  }

  /** The fields the engine's EtcdMemberView shows (name, id, role, term, up, commitIndex). */
  view(): { name: string; id: string; role: 'leader' | 'follower' | 'candidate' | 'stopped'; term: number; up: boolean; commitIndex: number } {
    return {
      name: this.info.name,
      id: this.id,
      role: this.running ? this.raftNode.state : 'stopped',
      term: this.raftNode.term,
      up: this.running,
      commitIndex: this.raftNode.commit,
    };
  }

  getClusterVersion(): string | null {
    return this.clusterVersion;
  }

  // ---- request handling ----

  private handleRequest(requestId: number, request: ClientRequest): void {
    if ((request.type === 'v2Write' || request.type === 'v2Get') && !this.config.enableV2) {
      this.respond(requestId, { ok: false, error: V2_DISABLED_ERROR, grpcCode: 'HTTP404' });
      return;
    }
    if (request.type === 'v2Get') {
      try {
        this.respondOk(requestId, { type: 'v2', node: viewOf(this.v2store.get(request.key), request.recursive === true) });
      } catch (err) {
        if (!(err instanceof V2Error)) throw err;
        this.respond(requestId, { ok: false, error: err.message, grpcCode: 'V2' });
      }
      return;
    }
    if (isWriteRequest(request)) {
      if ((request.type === 'put' || request.type === 'deleteRange') && request.key === '') throw new EtcdError(ERR_EMPTY_KEY, 'InvalidArgument');
      const write: WriteRequest = request.type === 'leaseGrant' && !request.id ? { ...request, id: this.nextLeaseId() } : request;
      this.pendingWrites.set(requestId, { request: write, since: this.nowMs });
      // Dropped when no leader is known: the request then waits for the client's timeout, as in etcd.
      this.raftNode.propose({ kind: 'request', origin: this.id, requestId, request: write });
      return;
    }
    switch (request.type) {
      case 'range': {
        if (request.key === '') throw new EtcdError(ERR_EMPTY_KEY, 'InvalidArgument');
        if (request.serializable) {
          this.respondOk(requestId, this.serveRange(request));
          return;
        }
        const context = `${this.id}/${requestId}`;
        this.pendingReads.set(context, { requestId, request, since: this.nowMs });
        this.raftNode.readIndex(context);
        return;
      }
      case 'memberList':
        // etcd 3.4 answers member list from the local membership, even without a leader.
        this.respondOk(requestId, { type: 'memberList', members: this.memberList() });
        return;
      case 'status':
        this.respondOk(requestId, { type: 'status', ...this.status() });
        return;
      case 'snapshot':
        this.respondOk(requestId, { type: 'snapshot', size: this.status().dbSize, revision: this.store.revision(), kvs: this.store.entries() });
        return;
      case 'leaseKeepAlive': {
        // Simplification: the receiving member renews its own lessor (etcd forwards renewals to the leader).
        const ttl = this.lessor.renew(request.id, this.nowMs);
        this.respondOk(requestId, { type: 'leaseKeepAlive', id: request.id, ttl });
        return;
      }
      case 'leaseTimeToLive': {
        const lease = this.lessor.get(request.id);
        const keys = request.keys ? this.store.keysWithLease(request.id) : [];
        this.respondOk(requestId, {
          type: 'leaseTimeToLive',
          id: request.id,
          ttl: this.lessor.remainingSeconds(request.id, this.nowMs),
          grantedTtl: lease?.ttl ?? 0,
          keys,
        });
        return;
      }
      case 'leaseList':
        this.respondOk(requestId, { type: 'leaseList', ids: this.lessor.list().map((l) => l.id) });
        return;
      case 'watch':
        this.createWatch(requestId, request);
        return;
      case 'watchCancel': {
        this.watchHub.cancel(request.watchId);
        this.watches.delete(request.watchId);
        this.respondOk(requestId, { type: 'watchCancel', watchId: request.watchId });
        return;
      }
    }
  }

  /**
   * etcd gives up on a request after 5 s plus two election timeouts ("etcdserver: request timed
   * out"). etcdctl's own 5 s timeout fires first; longer-lived clients (the API server) see this.
   */
  private expirePendingRequests(): void {
    const limit = 5000 + 2 * (this.config.electionTick ?? 10) * 100;
    const timedOut = (since: number): boolean => this.nowMs - since >= limit;
    for (const [requestId, p] of [...this.pendingWrites]) {
      if (!timedOut(p.since)) continue;
      this.pendingWrites.delete(requestId);
      this.respond(requestId, { ok: false, error: ERR_TIMEOUT, grpcCode: 'Unavailable' });
    }
    for (const [context, p] of [...this.pendingReads]) {
      if (!timedOut(p.since)) continue;
      this.pendingReads.delete(context);
      this.respond(p.requestId, { ok: false, error: ERR_TIMEOUT, grpcCode: 'Unavailable' });
    }
  }

  private createWatch(requestId: number, request: Extract<ClientRequest, { type: 'watch' }>): void {
    const { watchId, catchUp } = this.watchHub.watch({ key: request.key, rangeEnd: request.rangeEnd, startRevision: request.startRevision, prevKv: request.prevKv });
    this.respondOk(requestId, { type: 'watch', watchId });
    if (this.raftNode.lead === null) {
      // etcdctl watches "with require leader": the server cancels them while it has no leader.
      this.cancelWatch(watchId, requestId, ERR_NO_LEADER);
      return;
    }
    if (catchUp.compactRevision !== undefined) {
      this.watchHub.cancel(watchId);
      this.out.watchResponses.push({ requestId, watchId, header: this.header(), events: [], canceled: true, compactRevision: catchUp.compactRevision });
      return;
    }
    this.watches.set(watchId, { requestId });
    if (catchUp.events.length > 0) this.out.watchResponses.push({ requestId, watchId, header: this.header(), events: catchUp.events });
  }

  private cancelWatch(watchId: number, requestId: number, reason: string): void {
    this.watchHub.cancel(watchId);
    this.watches.delete(watchId);
    this.out.watchResponses.push({ requestId, watchId, header: this.header(), events: [], canceled: true, cancelReason: reason });
  }

  private cancelWatchesForNoLeader(): void {
    for (const [watchId, reg] of [...this.watches]) this.cancelWatch(watchId, reg.requestId, ERR_NO_LEADER);
  }

  private serveRange(request: Extract<ClientRequest, { type: 'range' }>): ClientResult {
    const r = this.store.range({ key: request.key, rangeEnd: request.rangeEnd }, request);
    return { type: 'range', ...r };
  }

  private nextLeaseId(): bigint {
    // etcd's idutil generator: the member ID's low 16 bits, then a time-seeded counter (40 + 8 bits).
    const prefix = (BigInt('0x' + this.id) & 0xffffn) << 48n;
    const suffix = ((BigInt(Math.floor(this.nowMs)) << 8n) + BigInt(++this.nextLeaseSeq)) & 0xffffffffffffn;
    return prefix | suffix;
  }

  // ---- Raft plumbing ----

  private newRaftNode(): RaftNode<LogData> {
    return new RaftNode<LogData>({
      id: this.id,
      peers: this.members.map((m) => m.id),
      random: this.config.random,
      electionTick: this.config.electionTick ?? 10,
      heartbeatTick: 1,
      storage: this.storage,
    });
  }

  private afterRaftInput(): void {
    const isLeader = this.raftNode.state === 'leader';
    if (isLeader && !this.wasLeader) {
      // A new leader cannot trust the old leader's lease clocks (etcd lessor Promote).
      this.lessor.refreshAll(this.nowMs);
      this.clusterVersionProposed = false;
    }
    this.wasLeader = isLeader;
  }

  private maybePublish(): void {
    if (this.published || this.publishAgeTicks !== null || this.raftNode.lead === null) return;
    if (this.raftNode.propose({ kind: 'publish', memberId: this.id, name: this.info.name, clientURLs: this.info.clientURLs })) this.publishAgeTicks = 0;
  }

  private processReady(): void {
    while (this.running && this.raftNode.hasReady()) {
      const rd = this.raftNode.ready();
      this.out.messages.push(...rd.messages);
      for (const e of rd.committedEntries) this.applyEntry(e);
      this.readyReads.push(...rd.readStates);
      this.serveReadyReads();
      this.maybeProposeClusterVersion();
    }
  }

  private serveReadyReads(): void {
    for (let i = 0; i < this.readyReads.length; ) {
      const rs = this.readyReads[i];
      if (rs.index > this.raftNode.applied) {
        i++;
        continue;
      }
      this.readyReads.splice(i, 1);
      const pending = this.pendingReads.get(rs.context);
      if (!pending) continue;
      this.pendingReads.delete(rs.context);
      try {
        this.respondOk(pending.requestId, this.serveRange(pending.request));
      } catch (err) {
        if (!(err instanceof EtcdError)) throw err;
        this.respond(pending.requestId, { ok: false, error: err.message, grpcCode: err.grpcCode });
      }
    }
  }

  private maybeProposeClusterVersion(): void {
    if (this.raftNode.state !== 'leader' || this.clusterVersion !== null || this.clusterVersionProposed) return;
    if (this.publishedMembers.size < this.members.length) return;
    this.clusterVersionProposed = true;
    this.raftNode.propose({ kind: 'clusterVersion', version: ETCD_CLUSTER_VERSION });
  }

  private applyEntry(entry: Entry<LogData>): void {
    this.appliedTerm = entry.term;
    const data = entry.data;
    if (!data) return;
    switch (data.kind) {
      case 'addMember':
        this.v2store.internalWrite(); // /0/members/<id>/raftAttributes; membership is fixed otherwise
        return;
      case 'publish':
        this.v2store.internalWrite(); // /0/members/<id>/attributes
        this.publishedMembers.add(data.memberId);
        if (data.memberId === this.id) {
          this.published = true;
          this.publishAgeTicks = null;
        }
        return;
      case 'clusterVersion':
        this.v2store.internalWrite(); // /0/version
        this.clusterVersion = data.version;
        return;
      case 'request':
        this.applyRequest(data.origin, data.requestId, data.request);
        return;
    }
  }

  private applyRequest(origin: string, requestId: number, request: WriteRequest): void {
    let response: ClientResponse;
    let events: MvccEvent[] = [];
    try {
      const outcome = applyWrite(this.store, this.lessor, this.v2store, request, this.nowMs);
      events = outcome.events;
      response = { ok: true, header: this.header(), result: outcome.result };
    } catch (err) {
      if (err instanceof V2Error) response = { ok: false, error: err.message, grpcCode: 'V2' };
      else if (err instanceof EtcdError) response = { ok: false, error: err.message, grpcCode: err.grpcCode };
      else throw err;
    }
    for (const delivery of this.watchHub.notify(events)) {
      const reg = this.watches.get(delivery.watchId);
      if (reg) this.out.watchResponses.push({ requestId: reg.requestId, watchId: delivery.watchId, header: this.header(), events: delivery.events });
    }
    if (origin === this.id && this.pendingWrites.has(requestId)) {
      this.pendingWrites.delete(requestId);
      this.respond(requestId, response);
    }
  }

  private revokeExpiredLeases(): void {
    for (const id of this.lessor.expired(this.nowMs)) {
      // One revoke proposal per expired lease; proposed again only if it has not applied in time.
      const proposedAt = this.revoking.get(id);
      if (proposedAt !== undefined && this.nowMs - proposedAt < REVOKE_RETRY_MS) continue;
      this.revoking.set(id, this.nowMs);
      this.raftNode.propose({ kind: 'request', origin: this.id, requestId: -1, request: { type: 'leaseRevoke', id } });
    }
    for (const id of this.revoking.keys()) if (!this.lessor.has(id)) this.revoking.delete(id);
  }

  private respondOk(requestId: number, result: ClientResult): void {
    this.respond(requestId, { ok: true, header: this.header(), result });
  }

  private respond(requestId: number, response: ClientResponse): void {
    this.out.responses.push({ requestId, response });
  }
}
