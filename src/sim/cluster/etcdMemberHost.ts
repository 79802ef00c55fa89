import { setup } from 'xstate';
import type { StorageEnvelope, StorageReplyEnvelope, StorageRequest } from '../apiserver/storage.ts';
import { EtcdMember, type RaftMessage } from '../etcd/server/etcdMember.ts';
import type { ClientRequest, ClientResponse, WatchResponse } from '../etcd/server/requests.ts';
import { Component, type Message, type SimContext } from './component.ts';
import { fromClientResponse, toClientRequest } from './etcdRequests.ts';

/**
 * Hosts one etcd member (src/sim/etcd) on the kernel: a Raft tick every 100 ms, Raft messages
 * between members as kernel messages (1 ms), and client requests from kube-apiserver (storage
 * intents, translated to etcd transactions) and etcdctl (etcd requests as they are).
 * Ticks and Raft traffic are background events; the clients' own timeouts keep settle() waiting.
 */
export const etcdMemberMachine = setup({}).createMachine({
  id: 'etcd',
  initial: 'follower',
  states: {
    follower: { on: { STOP: 'stopped', BECOME_LEADER: 'leader', BECOME_CANDIDATE: 'candidate' } },
    candidate: { on: { STOP: 'stopped', BECOME_LEADER: 'leader', BECOME_FOLLOWER: 'follower' } },
    leader: { on: { STOP: 'stopped', BECOME_FOLLOWER: 'follower', BECOME_CANDIDATE: 'candidate' } },
    stopped: { on: { START: 'follower' } },
  },
});

export const TICK_MS = 100;
/** etcd's request timeout (5 s + 2 election timeouts): a request that cannot commit is dropped. */
export const ETCD_REQUEST_TIMEOUT_MS = 7_000;

interface PendingRequest {
  from: string;
  storageId: number;
  /** Set for the API server's storage intents (translated back on the way out). */
  intent?: StorageRequest;
  deadline: number;
  /** The request was background work (a lease renewal, a node heartbeat): so is its answer. */
  background?: boolean;
}

export interface EtcdPeers {
  hostOfMember(memberId: string): EtcdMemberHost | undefined;
}

export class EtcdMemberHost extends Component {
  readonly member: EtcdMember;
  readonly memberName: string;
  private readonly peers: EtcdPeers;
  private readonly pending = new Map<number, PendingRequest>();
  private nextRequestId = 1;
  /** Watch stream messages per etcdctl request (collected for the bounded etcdctl watch). */
  readonly watchStreams = new Map<number, WatchResponse[]>();

  constructor(sim: SimContext, member: EtcdMember, peers: EtcdPeers, node: string) {
    super(etcdComponentId(member.info.name), 'etcd', sim, node);
    this.member = member;
    this.memberName = member.info.name;
    this.peers = peers;
    this.startActor(etcdMemberMachine);
    this.syncRoleState();
    this.scheduleTick();
  }

  private scheduleTick(): void {
    this.setTimer(TICK_MS, { id: 'etcd.tick', params: { member: this.memberName } }, () => {
      this.member.tick(this.sim.now());
      this.expireRequests();
      this.drain();
      this.scheduleTick();
    }, { background: true, kind: 'raft-tick' });
  }

  protected override onMessage(msg: Message): void {
    if (msg.kind === 'raft') {
      this.member.step(msg.payload as RaftMessage);
      this.drain();
      return;
    }
    if (msg.kind !== 'storage') return;
    const env = msg.payload as StorageEnvelope | { storageId: number; request: ClientRequest };
    const raw = env.request as StorageRequest | ClientRequest;
    const intent = 'op' in raw ? (raw as StorageRequest) : undefined;
    const request = intent ? toClientRequest(intent) : (raw as ClientRequest);
    const requestId = this.nextRequestId++;
    const stream = (env as { stream?: number }).stream;
    if (stream !== undefined) {
      // kube-apiserver's watch of /registry: its messages are streamed to it (no create reply).
      this.streams.set(requestId, { owner: msg.from, streamId: stream });
      this.member.submit(requestId, request, this.sim.now());
      this.drain();
      return;
    }
    const background = (env as StorageEnvelope).background === true;
    this.pending.set(requestId, { from: msg.from, storageId: env.storageId, intent, deadline: this.sim.now() + ETCD_REQUEST_TIMEOUT_MS, background });
    if ((env as { watch?: boolean }).watch) {
      // Tell the client which stream is its own (delivered with the watch's create response).
      this.watchOwners.set(requestId, msg.from);
      this.send(msg.from, 'watch-opened', { storageId: env.storageId, requestId }, { id: 'etcd.watch-opened', params: {} });
    }
    this.member.submit(requestId, request, this.sim.now());
    this.drain();
  }

  private readonly watchOwners = new Map<number, string>();
  /** Watch streams of kube-apiserver (its cache follows etcd through them), by request id. */
  private readonly streams = new Map<number, { owner: string; streamId: number }>();
  /**
   * Revisions of writes this member answered to kube-apiserver: their watch events only echo what
   * the API server has already applied, so they travel as background messages. Every other change
   * (etcdctl, a write whose request timed out but committed later) is news to it.
   */
  private readonly echoRevisions = new Set<number>();

  /** Delivers what the member produced: Raft messages to peers, answers to clients. */
  private drain(): void {
    const out = this.member.takeOutput();
    for (const m of out.messages) {
      const peer = this.peers.hostOfMember(m.to);
      if (!peer) continue;
      this.send(peer.id, 'raft', m, { id: 'etcd.raft', params: { from: this.memberName, to: peer.memberName, type: m.type, term: m.term } }, { background: true });
    }
    for (const { requestId, response } of out.responses) this.answer(requestId, response);
    for (const w of out.watchResponses) {
      const stream = this.streams.get(w.requestId);
      if (stream) {
        this.streamToApiServer(stream, w);
        continue;
      }
      const list = this.watchStreams.get(w.requestId) ?? [];
      list.push(w);
      this.watchStreams.set(w.requestId, list);
    }
    this.syncRoleState();
  }

  private streamToApiServer(stream: { owner: string; streamId: number }, w: WatchResponse): void {
    if (w.canceled) this.streams.delete(w.requestId);
    const events = w.events;
    const echo = events.length > 0 && events.every((e) => this.echoRevisions.has(e.kv.modRevision));
    let last = 0;
    for (const e of events) last = Math.max(last, e.kv.modRevision);
    for (const r of this.echoRevisions) if (r <= last) this.echoRevisions.delete(r);
    const first = events[0]?.kv.key;
    const count = events.length;
    const reason = w.cancelReason ?? (w.compactRevision ? 'compacted' : '');
    this.send(stream.owner, 'etcd-watch', { streamId: stream.streamId, response: w },
      w.canceled
        ? { id: 'etcd.watch-canceled', params: { reason } }
        : { id: 'etcd.watch-events', params: { count, firstKey: first ?? '', revision: last } },
      { object: undefined, background: echo || (w.canceled && events.length === 0) });
  }

  private answer(requestId: number, response: ClientResponse): void {
    const p = this.pending.get(requestId);
    if (!p) return;
    this.pending.delete(requestId);
    if (p.intent && p.intent.op !== 'range' && p.intent.op !== 'compact' && response.ok && (response.result.type !== 'txn' || response.result.succeeded)) {
      this.echoRevisions.add(response.header.revision);
    }
    const payload: StorageReplyEnvelope | { storageId: number; response: ClientResponse } = p.intent
      ? { storageId: p.storageId, response: fromClientResponse(p.intent, response) }
      : { storageId: p.storageId, response };
    const revision = response.ok ? response.header.revision : undefined;
    const write = p.intent ? p.intent.op !== 'range' : false;
    const failedCompare = response.ok && response.result.type === 'txn' && !response.result.succeeded;
    const error = response.ok ? '' : response.error;
    this.send(p.from, 'storage-reply', payload,
      error
        ? { id: 'etcd.error', params: { error } }
        : failedCompare
          ? { id: 'etcd.compare-failed', params: {} }
          : write
            ? // The narration names the key written: a run of commits reads as what changed, not as revision numbers.
              { id: 'etcd.commit', params: { key: p.intent?.key ?? '', revision } }
            : { id: 'etcd.answer', params: { member: this.memberName, revision } },
      p.background ? { background: true } : undefined,
    );
  }

  private expireRequests(): void {
    const now = this.sim.now();
    for (const [id, p] of this.pending) if (p.deadline <= now) this.pending.delete(id);
  }

  private syncRoleState(): void {
    if (!this.up) return;
    const role = this.member.raft().state;
    const current = this.stateValue();
    if (role === current) return;
    this.actor?.send({ type: role === 'leader' ? 'BECOME_LEADER' : role === 'candidate' ? 'BECOME_CANDIDATE' : 'BECOME_FOLLOWER' });
  }

  protected override onStop(): void {
    this.member.stop();
    this.pending.clear();
    // The API server's watch connections break with the member.
    for (const { owner, streamId } of this.streams.values()) {
      this.send(owner, 'watch-closed', { streamId }, { id: 'etcd.watch-broken', params: {} }, { background: true });
    }
    this.streams.clear();
    this.echoRevisions.clear();
  }

  protected override onStart(): void {
    this.member.start(this.sim.now());
    this.drain();
    this.scheduleTick();
  }

}

export function etcdComponentId(memberName: string): string {
  return memberName.startsWith('etcd') ? memberName : `etcd-${memberName}`;
}
