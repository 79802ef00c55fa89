import type { Entry, Message, NodeId, RaftStorage, ReadState, Ready, StateType } from './types.ts';

export interface RaftConfig<T> {
  id: NodeId;
  /** Every voting member, including this one (fixed membership). */
  peers: NodeId[];
  /** Ticks between elections: the timeout is drawn from [electionTick, 2 * electionTick). etcd: 1000 ms / 100 ms = 10. */
  electionTick?: number;
  /** Ticks between leader heartbeats. etcd: 1 (100 ms). */
  heartbeatTick?: number;
  /** Injected uniform generator in [0, 1): the only source of randomness. */
  random: () => number;
  /** Durable state (log and hard state); mutated in place so it survives a restart of the node. */
  storage: RaftStorage<T>;
}

interface Progress {
  match: number;
  next: number;
  /** Heard from since the last check-quorum round. */
  recentActive: boolean;
}

interface PendingRead {
  context: string;
  index: number;
  /** Member that asked (itself or a follower that forwarded the request). */
  origin: NodeId;
  acks: Set<NodeId>;
}

/** Largest batch of entries in one MsgApp. */
const MAX_ENTRIES_PER_APPEND = 64;

/**
 * One Raft participant (after etcd-io/raft's `raft.go`), pure and synchronous: the host calls
 * `tick()` every heartbeat interval, `step()` for every delivered message, `propose()` for new
 * entries, then `ready()` to collect messages to send and newly committed entries to apply.
 * As in etcd, CheckQuorum is on: a leader that has not heard from a quorum within an election
 * timeout steps down, and followers that recently heard from a leader ignore vote requests.
 */
export class RaftNode<T = unknown> {
  readonly id: NodeId;
  readonly peers: readonly NodeId[];
  state: StateType = 'follower';
  lead: NodeId | null = null;

  private readonly electionTick: number;
  private readonly heartbeatTick: number;
  private readonly random: () => number;
  private readonly storage: RaftStorage<T>;
  private electionElapsed = 0;
  private heartbeatElapsed = 0;
  private randomizedElectionTimeout = 0;
  private votes = new Map<NodeId, boolean>();
  private progress = new Map<NodeId, Progress>();
  private pendingReads: PendingRead[] = [];
  /** Read requests that arrived before the leader committed an entry of its term. */
  private deferredReads: { context: string; origin: NodeId }[] = [];
  private msgs: Message<T>[] = [];
  private readStates: ReadState[] = [];

  constructor(config: RaftConfig<T>) {
    this.id = config.id;
    this.peers = [...config.peers].sort();
    this.electionTick = config.electionTick ?? 10;
    this.heartbeatTick = config.heartbeatTick ?? 1;
    this.random = config.random;
    this.storage = config.storage;
    this.resetRandomizedElectionTimeout();
  }

  get term(): number {
    return this.storage.hardState.term;
  }

  get vote(): NodeId | null {
    return this.storage.hardState.vote;
  }

  get commit(): number {
    return this.storage.hardState.commit;
  }

  get applied(): number {
    return this.storage.applied;
  }

  lastIndex(): number {
    return this.storage.entries.length;
  }

  lastTerm(): number {
    return this.termAt(this.lastIndex());
  }

  termAt(index: number): number {
    if (index <= 0 || index > this.storage.entries.length) return 0;
    return this.storage.entries[index - 1].term;
  }

  entries(): readonly Entry<T>[] {
    return this.storage.entries;
  }

  quorum(): number {
    return Math.floor(this.peers.length / 2) + 1;
  }

  /** Election timeout drawn for the current round, in ticks (exposed for tests and views). */
  electionTimeoutTicks(): number {
    return this.randomizedElectionTimeout;
  }

  // ---- inputs ----

  tick(): void {
    if (this.state === 'leader') this.tickHeartbeat();
    else this.tickElection();
  }

  /** Proposes new data; false when dropped (no known leader), as etcd-io/raft's ErrProposalDropped. */
  propose(data: T): boolean {
    return this.handleProposal({ type: 'MsgProp', from: this.id, to: this.id, term: 0, entries: [{ term: 0, index: 0, type: 'normal', data }] });
  }

  /** Requests a linearizable read point; false when dropped (no leader known). */
  readIndex(context: string): boolean {
    if (this.state === 'leader') {
      this.leaderReadIndex(context, this.id);
      return true;
    }
    if (this.state === 'follower' && this.lead !== null) {
      this.send({ type: 'MsgReadIndex', from: this.id, to: this.lead, term: 0, context });
      return true;
    }
    return false;
  }

  step(m: Message<T>): void {
    if (m.term > this.term) {
      if (m.type === 'MsgVote') {
        // CheckQuorum lease: a member that heard from its leader within the election timeout keeps it.
        const inLease = this.lead !== null && this.electionElapsed < this.electionTick;
        if (inLease) return;
        this.becomeFollower(m.term, null);
      } else if (m.type === 'MsgApp' || m.type === 'MsgHeartbeat') {
        this.becomeFollower(m.term, m.from);
      } else {
        this.becomeFollower(m.term, null);
      }
    } else if (m.term > 0 && m.term < this.term) {
      // Tell a stale leader about the newer term so it steps down.
      if (m.type === 'MsgApp' || m.type === 'MsgHeartbeat') {
        this.send({ type: 'MsgAppResp', from: this.id, to: m.from, term: this.term });
      }
      return;
    }

    if (m.type === 'MsgVote') {
      this.handleVote(m);
      return;
    }
    switch (this.state) {
      case 'leader':
        this.stepLeader(m);
        break;
      case 'candidate':
        this.stepCandidate(m);
        break;
      case 'follower':
        this.stepFollower(m);
        break;
    }
  }

  /** Drains the outputs produced since the last call; committed entries count as applied once returned. */
  ready(): Ready<T> {
    const messages = this.msgs;
    this.msgs = [];
    const readStates = this.readStates;
    this.readStates = [];
    const committedEntries = this.storage.entries.slice(this.storage.applied, this.commit);
    this.storage.applied = this.commit;
    return { messages, committedEntries, readStates };
  }

  hasReady(): boolean {
    return this.msgs.length > 0 || this.readStates.length > 0 || this.storage.applied < this.commit;
  }

  // ---- state transitions ----

  private becomeFollower(term: number, lead: NodeId | null): void {
    if (term !== this.term) {
      this.storage.hardState.term = term;
      this.storage.hardState.vote = null;
    }
    this.state = 'follower';
    this.lead = lead;
    this.resetTimers();
    this.pendingReads = [];
    this.deferredReads = [];
  }

  private becomeCandidate(): void {
    this.storage.hardState.term = this.term + 1;
    this.storage.hardState.vote = this.id;
    this.state = 'candidate';
    this.lead = null;
    this.resetTimers();
    this.votes = new Map([[this.id, true]]);
  }

  private becomeLeader(): void {
    this.state = 'leader';
    this.lead = this.id;
    this.resetTimers();
    this.progress = new Map();
    for (const peer of this.peers) {
      this.progress.set(peer, { match: peer === this.id ? this.lastIndex() : 0, next: this.lastIndex() + 1, recentActive: peer === this.id });
    }
    // The empty entry of the new term lets the leader commit entries of earlier terms.
    this.appendEntries([{ term: 0, index: 0, type: 'normal' }]);
    this.broadcastAppend();
  }

  private resetTimers(): void {
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.resetRandomizedElectionTimeout();
  }

  private resetRandomizedElectionTimeout(): void {
    this.randomizedElectionTimeout = this.electionTick + Math.floor(this.random() * this.electionTick);
  }

  private campaign(): void {
    this.becomeCandidate();
    if (this.quorum() === 1) {
      this.becomeLeader();
      return;
    }
    for (const peer of this.peers) {
      if (peer === this.id) continue;
      this.send({ type: 'MsgVote', from: this.id, to: peer, term: this.term, index: this.lastIndex(), logTerm: this.lastTerm() });
    }
  }

  private tickElection(): void {
    this.electionElapsed++;
    if (this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0;
      this.campaign();
    }
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.electionTick) {
      this.electionElapsed = 0;
      if (!this.checkQuorumActive()) {
        this.becomeFollower(this.term, null);
        return;
      }
    }
    if (this.heartbeatElapsed >= this.heartbeatTick) {
      this.heartbeatElapsed = 0;
      this.broadcastHeartbeat(undefined);
    }
  }

  private checkQuorumActive(): boolean {
    let active = 0;
    for (const [peer, pr] of this.progress) {
      if (peer === this.id || pr.recentActive) active++;
      if (peer !== this.id) pr.recentActive = false;
    }
    return active >= this.quorum();
  }

  // ---- message handling ----

  private handleVote(m: Message<T>): void {
    const canVote = this.vote === m.from || (this.vote === null && this.lead === null);
    const upToDate = (m.logTerm ?? 0) > this.lastTerm() || ((m.logTerm ?? 0) === this.lastTerm() && (m.index ?? 0) >= this.lastIndex());
    if (m.term === this.term && canVote && upToDate) {
      this.storage.hardState.vote = m.from;
      this.electionElapsed = 0;
      this.send({ type: 'MsgVoteResp', from: this.id, to: m.from, term: this.term, reject: false });
    } else {
      this.send({ type: 'MsgVoteResp', from: this.id, to: m.from, term: this.term, reject: true });
    }
  }

  private stepLeader(m: Message<T>): void {
    const pr = this.progress.get(m.from);
    if (pr) pr.recentActive = true;
    switch (m.type) {
      case 'MsgProp':
        this.handleProposal(m);
        return;
      case 'MsgReadIndex':
        if (m.context !== undefined) this.leaderReadIndex(m.context, m.from);
        return;
      case 'MsgAppResp': {
        if (!pr || m.term === 0) return;
        if (m.reject) {
          pr.next = Math.max(1, Math.min(pr.next - 1, (m.rejectHint ?? 0) + 1));
          this.sendAppend(m.from);
          return;
        }
        const index = m.index ?? 0;
        if (index > pr.match) pr.match = index;
        if (pr.next <= pr.match) pr.next = pr.match + 1;
        if (this.maybeCommit()) this.broadcastAppend();
        else if (pr.match < this.lastIndex() && pr.next <= this.lastIndex()) this.sendAppend(m.from);
        return;
      }
      case 'MsgHeartbeatResp': {
        if (!pr) return;
        if (pr.match < this.lastIndex()) {
          // Probe again from the last known match: earlier appends may have been lost.
          pr.next = pr.match + 1;
          this.sendAppend(m.from);
        }
        if (m.context !== undefined) this.ackRead(m.context, m.from);
        return;
      }
      default:
        return;
    }
  }

  private stepCandidate(m: Message<T>): void {
    switch (m.type) {
      case 'MsgProp':
        return; // dropped: no leader
      case 'MsgApp':
        this.becomeFollower(m.term, m.from);
        this.handleAppend(m);
        return;
      case 'MsgHeartbeat':
        this.becomeFollower(m.term, m.from);
        this.handleHeartbeat(m);
        return;
      case 'MsgVoteResp': {
        this.votes.set(m.from, !m.reject);
        let granted = 0;
        let rejected = 0;
        for (const v of this.votes.values()) (v ? granted++ : rejected++);
        if (granted >= this.quorum()) this.becomeLeader();
        else if (rejected >= this.quorum()) this.becomeFollower(this.term, null);
        return;
      }
      default:
        return;
    }
  }

  private stepFollower(m: Message<T>): void {
    switch (m.type) {
      case 'MsgProp':
        this.handleProposal(m);
        return;
      case 'MsgApp':
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleAppend(m);
        return;
      case 'MsgHeartbeat':
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleHeartbeat(m);
        return;
      case 'MsgReadIndex':
        if (this.lead !== null) this.send({ ...m, to: this.lead });
        return;
      case 'MsgReadIndexResp':
        if (m.context !== undefined) this.readStates.push({ index: m.index ?? 0, context: m.context });
        return;
      default:
        return;
    }
  }

  private handleProposal(m: Message<T>): boolean {
    if (this.state === 'leader') {
      this.appendEntries(m.entries ?? []);
      this.broadcastAppend();
      return true;
    }
    if (this.state === 'follower' && this.lead !== null) {
      this.send({ ...m, from: this.id, to: this.lead, term: 0 });
      return true;
    }
    return false;
  }

  private handleAppend(m: Message<T>): void {
    const prevIndex = m.index ?? 0;
    if (prevIndex < this.commit) {
      this.send({ type: 'MsgAppResp', from: this.id, to: m.from, term: this.term, index: this.commit });
      return;
    }
    if (this.termAt(prevIndex) !== (m.logTerm ?? 0) || prevIndex > this.lastIndex()) {
      this.send({ type: 'MsgAppResp', from: this.id, to: m.from, term: this.term, index: prevIndex, reject: true, rejectHint: this.lastIndex() });
      return;
    }
    const entries = m.entries ?? [];
    for (const e of entries) {
      if (e.index <= this.lastIndex()) {
        if (this.termAt(e.index) === e.term) continue;
        // Conflict: drop our suffix (never below commit: a committed entry cannot conflict).
        this.storage.entries.length = e.index - 1;
      }
      this.storage.entries.push(e);
    }
    const lastNew = prevIndex + entries.length;
    const newCommit = Math.min(m.commit ?? 0, lastNew);
    if (newCommit > this.commit) this.storage.hardState.commit = newCommit;
    this.send({ type: 'MsgAppResp', from: this.id, to: m.from, term: this.term, index: lastNew });
  }

  private handleHeartbeat(m: Message<T>): void {
    const commit = Math.min(m.commit ?? 0, this.lastIndex());
    if (commit > this.commit) this.storage.hardState.commit = commit;
    this.send({ type: 'MsgHeartbeatResp', from: this.id, to: m.from, term: this.term, context: m.context });
  }

  private appendEntries(entries: Entry<T>[]): void {
    for (const e of entries) {
      this.storage.entries.push({ ...e, term: this.term, index: this.lastIndex() + 1 });
    }
    const self = this.progress.get(this.id)!;
    self.match = this.lastIndex();
    self.next = self.match + 1;
    this.maybeCommit();
  }

  /** Commits the highest index stored on a quorum, if it belongs to the current term (Raft §5.4.2). */
  private maybeCommit(): boolean {
    const matches = [...this.progress.values()].map((p) => p.match).sort((a, b) => b - a);
    const candidate = matches[this.quorum() - 1];
    if (candidate > this.commit && this.termAt(candidate) === this.term) {
      this.storage.hardState.commit = candidate;
      this.releaseDeferredReads();
      return true;
    }
    return false;
  }

  private broadcastAppend(): void {
    for (const peer of this.peers) if (peer !== this.id) this.sendAppend(peer);
  }

  private sendAppend(to: NodeId): void {
    const pr = this.progress.get(to);
    if (!pr) return;
    const prevIndex = pr.next - 1;
    const entries = this.storage.entries.slice(prevIndex, prevIndex + MAX_ENTRIES_PER_APPEND);
    this.send({ type: 'MsgApp', from: this.id, to, term: this.term, index: prevIndex, logTerm: this.termAt(prevIndex), entries, commit: this.commit });
    // Optimistically pipeline; a rejection or a heartbeat response resets `next`.
    pr.next = prevIndex + entries.length + 1;
  }

  private broadcastHeartbeat(context: string | undefined): void {
    for (const peer of this.peers) {
      if (peer === this.id) continue;
      const pr = this.progress.get(peer)!;
      this.send({ type: 'MsgHeartbeat', from: this.id, to: peer, term: this.term, commit: Math.min(pr.match, this.commit), context });
    }
  }

  // ---- read index (linearizable reads without log entries) ----

  private committedInCurrentTerm(): boolean {
    return this.termAt(this.commit) === this.term;
  }

  private leaderReadIndex(context: string, origin: NodeId): void {
    if (!this.committedInCurrentTerm()) {
      this.deferredReads.push({ context, origin });
      return;
    }
    const read: PendingRead = { context, index: this.commit, origin, acks: new Set([this.id]) };
    if (this.quorum() === 1) {
      this.completeRead(read);
      return;
    }
    this.pendingReads.push(read);
    this.broadcastHeartbeat(context);
  }

  private releaseDeferredReads(): void {
    if (this.state !== 'leader' || !this.committedInCurrentTerm()) return;
    const deferred = this.deferredReads;
    this.deferredReads = [];
    for (const r of deferred) this.leaderReadIndex(r.context, r.origin);
  }

  private ackRead(context: string, from: NodeId): void {
    const at = this.pendingReads.findIndex((r) => r.context === context);
    if (at < 0) return;
    this.pendingReads[at].acks.add(from);
    if (this.pendingReads[at].acks.size < this.quorum()) return;
    // A quorum confirmed leadership after this read arrived, so earlier reads are safe too.
    const done = this.pendingReads.splice(0, at + 1);
    for (const r of done) this.completeRead(r);
  }

  private completeRead(r: PendingRead): void {
    if (r.origin === this.id) this.readStates.push({ index: r.index, context: r.context });
    else this.send({ type: 'MsgReadIndexResp', from: this.id, to: r.origin, term: this.term, index: r.index, context: r.context });
  }

  private send(m: Message<T>): void {
    this.msgs.push(m);
  }
}
