import { setup } from 'xstate';
import type { CriEnvelope, CriReplyEnvelope, CriRequest, CriResponse } from '../node/runtime/cri.ts';
import { Component, type Message, type SimContext } from './component.ts';

/**
 * crictl as a client process: each of its calls is a CRI message to the container runtime of the
 * node the shell is on (over /run/containerd/containerd.sock on a real node), answered with a
 * `cri-reply`. A stopped runtime does not answer; crictl then gives up after its timeout (2 s by
 * default, `--timeout`), as the real one does when the socket does not respond.
 */
export const crictlMachine = setup({}).createMachine({ id: 'crictl', initial: 'idle', states: { idle: {} } });

export const CRICTL_TIMEOUT_MS = 2_000;

export class CrictlClient extends Component {
  private readonly callbacks = new Map<number, (r: CriResponse | undefined) => void>();
  private nextCallId = 1;

  constructor(sim: SimContext) {
    super('crictl', 'client', sim);
    this.startActor(crictlMachine);
  }

  call(node: string, request: unknown, done: (r: unknown) => void): void {
    const callId = this.nextCallId++;
    const req = request as CriRequest;
    let timer: ReturnType<Component['setTimer']> | undefined;
    const finish = (r: CriResponse | undefined) => {
      if (!this.callbacks.has(callId)) return;
      this.callbacks.delete(callId);
      this.clearTimer(timer);
      done(r);
    };
    this.callbacks.set(callId, finish);
    const env: CriEnvelope = { callId, request: req };
    this.send(`container-runtime-${node}`, 'cri', env, { id: 'crictl.request', params: { node, op: req.op } });
    timer = this.setTimer(CRICTL_TIMEOUT_MS, { id: 'crictl.request', params: { node, op: req.op } }, () => finish(undefined), { kind: 'timeout' });
  }

  protected override onMessage(msg: Message): void {
    if (msg.kind !== 'cri-reply') return;
    const env = msg.payload as CriReplyEnvelope;
    this.callbacks.get(env.callId)?.(env.response);
  }
}
