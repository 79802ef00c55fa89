/** One delivered event, as the player narrates it. Captions: Korean (평어체, official terms) and English. */
export interface Caption {
  ko: string;
  en: string;
}

export interface LogEntry {
  /** Position in the log (0-based), equal to the number of events delivered before it. */
  seq: number;
  /** Virtual milliseconds since the cluster started. */
  time: number;
  /** Component id that sent the message or owns the timer, e.g. 'kube-scheduler', 'kubelet-node01', 'kubectl'. */
  from: string;
  /** Component id that receives it. */
  to: string;
  /** Short machine-readable kind, e.g. 'request', 'response', 'watch', 'timer', 'etcd', 'cri', 'heartbeat'. */
  kind: string;
  /** Object the event concerns, as '<resource>/<namespace>/<name>' or '<resource>/<name>'. */
  object?: string;
  caption: Caption;
  /** Set on background events (heartbeats, lease renewals, Raft ticks, timers): the player can skip them. */
  background?: boolean;
}

/** A caption, or a function that builds it when the entry is first read (saves work on hot paths). */
export type CaptionSource = Caption | (() => Caption);

/** Log entry whose caption is built on first access; toJSON() includes it. */
export class KernelLogEntry implements LogEntry {
  seq: number;
  time: number;
  from: string;
  to: string;
  kind: string;
  object?: string;
  background?: boolean;
  private source: CaptionSource;

  constructor(seq: number, time: number, from: string, to: string, kind: string, object: string | undefined, source: CaptionSource) {
    this.seq = seq;
    this.time = time;
    this.from = from;
    this.to = to;
    this.kind = kind;
    if (object !== undefined) this.object = object;
    this.source = source;
  }

  get caption(): Caption {
    if (typeof this.source === 'function') {
      const c = this.source();
      // Sentences built around "the kubelet on node01" start with a capital letter.
      this.source = c.en.startsWith('the ') ? { ko: c.ko, en: `T${c.en.slice(1)}` } : c;
    }
    return this.source;
  }

  toJSON(): LogEntry {
    const { seq, time, from, to, kind, object, caption } = this;
    return object === undefined ? { seq, time, from, to, kind, caption } : { seq, time, from, to, kind, object, caption };
  }
}
