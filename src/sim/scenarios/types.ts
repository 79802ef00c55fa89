// Scenario data for the simulation player: what cluster a note starts from, what happens on its
// own, which guided steps narrate it, and which panels and faults the player offers.
// Pure data (no DOM, no engine imports) so Sim.astro can render the no-JavaScript fallback at build time.

export type Lang = 'ko' | 'en';

/** A text in both site languages. */
export interface Text {
  ko: string;
  en: string;
}

/** Extra panels the player can show beside the diagram. */
export type PanelId = 'etcd' | 'scheduler' | 'kube-proxy' | 'rollout';

/** Faults the reader may inject. */
export type FaultId = 'kubelet' | 'etcd-member' | 'delete-pod';

/** Node shape accepted by createCluster({ nodes }). */
export interface ScenarioNode {
  name: string;
  controlPlane?: boolean;
  cpu?: string;
  memory?: string;
  pods?: number;
}

/**
 * Identifies the engine log entry that starts a guided step. Each field is a case-insensitive
 * regular expression tested against the entry's field of the same name; all given fields must match.
 */
export interface LogMatch {
  from?: string;
  to?: string;
  kind?: string;
  object?: string;
  /** Tested against the English caption (e.g. the Raft message type). */
  caption?: string;
}

export interface GuidedStep {
  caption: Text;
  /** A command the reader can send to the terminal from this step (shown with a Run button). */
  command?: string;
  /** The command fails on purpose (e.g. creating an object twice) and shows the real error. */
  fails?: boolean;
  /** The log entry at which this step begins; steps without it are reader actions. */
  match?: LogMatch;
}

export interface Scenario {
  /** Equals the note slug that embeds it. */
  id: string;
  title: Text;
  /** One sentence: what the reader should watch. */
  summary: Text;
  seed: number;
  cluster: { nodes?: ScenarioNode[]; etcdMembers?: 1 | 3 | 5 };
  /** Commands run to completion before the reader's step 0 (their events are not stepped through). */
  setup?: string[];
  /** Commands submitted at step 0, so that the first forward steps walk through their events. */
  start?: string[];
  steps: GuidedStep[];
  panels: PanelId[];
  faults: FaultId[];
  /** Show kube-system pods (static pods, kube-proxy, coredns) in the diagram from the start. */
  showSystemPods?: boolean;
  /** Component kinds the note is about; the diagram marks them. */
  focus?: string[];
  /**
   * The events this note is about: stepping forward ("next meaningful event") stops at them even
   * when the engine flags them as background (Raft votes and appends in the etcd note), as well as at
   * every foreground event. The background events stepped over are summarised, not hidden.
   */
  stopAt?: LogMatch[];
  /** Files available to `kubectl create -f` / `apply -f` besides the page's titled YAML blocks. */
  files?: Record<string, string>;
}
