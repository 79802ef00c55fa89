import { setup } from 'xstate';
import type { StorageReplyEnvelope } from '../apiserver/storage.ts';
import { Component, type Message, type SimContext } from './component.ts';
import type { Narration } from '../kernel/log.ts';

/** A command-line client process (kubectl, etcdctl): it only sends requests and waits for replies. */
export const clientMachine = setup({}).createMachine({
  id: 'client',
  initial: 'idle',
  states: {
    idle: { on: { RUN: 'running', STOP: 'idle' } },
    running: { on: { DONE: 'idle' } },
  },
});

export class ClientProcess extends Component {
  private readonly storageCallbacks = new Map<number, (r: unknown) => void>();
  private nextStorageId = 1;

  constructor(sim: SimContext, id: string) {
    super(id, 'client', sim);
    this.startActor(clientMachine);
  }

  setBusy(busy: boolean): void {
    this.actor?.send({ type: busy ? 'RUN' : 'DONE' });
  }

  /** Sends a KV request straight to an etcd member (etcdctl's gRPC call). */
  etcdRequest(member: string, request: unknown, narration: Narration, cb: (r: unknown) => void, onWatchId?: (id: number) => void): void {
    const storageId = this.nextStorageId++;
    this.storageCallbacks.set(storageId, cb);
    this.send(member, 'storage', { storageId, request, watch: !!onWatchId }, narration);
    if (onWatchId) this.watchIdCallbacks.set(storageId, onWatchId);
  }

  /** The member reports which of its request ids carries a watch stream (etcdctl watch). */
  readonly watchIdCallbacks = new Map<number, (id: number) => void>();

  protected override onMessage(msg: Message): void {
    if (msg.kind === 'watch-opened') {
      const { storageId, requestId } = msg.payload as { storageId: number; requestId: number };
      this.watchIdCallbacks.get(storageId)?.(requestId);
      this.watchIdCallbacks.delete(storageId);
      return;
    }
    if (msg.kind === 'storage-reply') {
      const env = msg.payload as StorageReplyEnvelope;
      const cb = this.storageCallbacks.get(env.storageId);
      this.storageCallbacks.delete(env.storageId);
      cb?.(env.response);
    }
  }
}
