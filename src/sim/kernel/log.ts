import type { Narration } from '../../i18n/narration/messages.ts';

export type { Narration };

/**
 * One delivered event, as the player narrates it. The narration is data (a message id and its
 * parameters); the sentences in Korean and English live in src/i18n/narration/.
 */
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
  /** What happened, as a message id with parameters (render with narrate() from src/i18n/narration). */
  narration: Narration;
  /** Set on background events (heartbeats, lease renewals, Raft ticks, timers): the player can skip them. */
  background?: boolean;
}
