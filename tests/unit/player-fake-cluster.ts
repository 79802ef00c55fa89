// A tiny deterministic stand-in for the engine, used only by the player's unit tests: commands
// become a few queued events whose order depends on the seed, and a periodic heartbeat never stops.
import type { ExecResultView, LogEntryView, PlayerCluster } from '../../components/sim/model/cluster-contract.ts';

interface Pending {
  time: number;
  seq: number;
  from: string;
  to: string;
  kind: string;
  done?: number;
}

export class FakeCluster implements PlayerCluster {
  readonly log: LogEntryView[] = [];
  private queue: Pending[] = [];
  private clock = 0;
  private seq = 0;
  private nextId = 1;
  private results = new Map<number, ExecResultView>();
  private rng: number;
  readonly stopped = new Set<string>();
  pods: string[] = [];

  constructor(seed: number) {
    this.rng = seed >>> 0 || 1;
    this.push(1000, 'kubelet-node01', 'kube-apiserver', 'heartbeat');
  }

  private random(): number {
    // xorshift32: deterministic per seed.
    let x = this.rng;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rng = x >>> 0;
    return this.rng / 2 ** 32;
  }

  private push(delay: number, from: string, to: string, kind: string, done?: number): void {
    this.queue.push({ time: this.clock + delay, seq: this.seq++, from, to, kind, done });
    this.queue.sort((a, b) => a.time - b.time || a.seq - b.seq);
  }

  exec(line: string): ExecResultView {
    const { id } = this.submit(line);
    while (!this.results.has(id) && this.step()) {
      /* run */
    }
    return this.results.get(id) ?? { stdout: '', stderr: 'timeout', exitCode: 1 };
  }

  submit(line: string, opts?: { files?: Record<string, string> }): { id: number } {
    const id = this.nextId++;
    const hops = 2 + Math.floor(this.random() * 3);
    for (let i = 0; i < hops; i++) this.push(1 + i + Math.floor(this.random() * 5), 'kubectl', 'kube-apiserver', `request:${line}`, i === hops - 1 ? id : undefined);
    const m = line.match(/^kubectl run (\S+)/);
    if (m) this.pods.push(m[1]);
    const fileNote = opts?.files ? ` files=${Object.keys(opts.files).join(',')}` : '';
    this.pending.set(id, `${line}${fileNote} @${this.clock}\n`);
    return { id };
  }

  private pending = new Map<number, string>();

  result(id: number | string): ExecResultView | undefined {
    return this.results.get(Number(id));
  }

  step(): LogEntryView | undefined {
    const ev = this.queue.shift();
    if (!ev) return undefined;
    this.clock = ev.time;
    const entry: LogEntryView = {
      seq: this.log.length,
      time: ev.time,
      from: ev.from,
      to: ev.to,
      kind: ev.kind,
      narration: { id: 'request', params: { from: ev.from, verb: ev.kind, resource: '' } },
    };
    this.log.push(entry);
    if (ev.kind === 'heartbeat' && !this.stopped.has('node01')) this.push(10_000, 'kubelet-node01', 'kube-apiserver', 'heartbeat');
    if (ev.done !== undefined) this.results.set(ev.done, { stdout: this.pending.get(ev.done) ?? '', stderr: '', exitCode: 0 });
    return entry;
  }

  settle(): void {
    while (this.queue.some((e) => e.kind !== 'heartbeat')) this.step();
  }

  now(): number {
    return this.clock;
  }

  stopKubelet(node: string): void {
    this.stopped.add(node);
  }
  startKubelet(node: string): void {
    this.stopped.delete(node);
    this.push(1, `kubelet-${node}`, 'kube-apiserver', 'heartbeat');
  }
  stopEtcdMember(name: string): void {
    this.stopped.add(name);
  }
  startEtcdMember(name: string): void {
    this.stopped.delete(name);
  }
  deletePod(namespace: string, name: string): void {
    this.pods = this.pods.filter((p) => p !== name);
    this.push(1, 'kubectl', 'kube-apiserver', `delete:${namespace}/${name}`);
  }

  /** Everything observable, for equality checks. */
  fingerprint(): string {
    return JSON.stringify({ log: this.log, clock: this.clock, pods: this.pods, stopped: [...this.stopped], queue: this.queue });
  }
}
