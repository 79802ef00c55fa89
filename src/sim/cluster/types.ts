import type { EditAnswer, EditRequest, Editor } from '../cli/editor/editRequest.ts';
import type { AnyStateMachine } from 'xstate';
import type { KubeObject } from '../api/types.ts';
import type { LogEntry } from '../kernel/log.ts';
import type { ComponentKind } from './component.ts';
import type { RaftEntryView } from '../etcd/server/logSummary.ts';
import type { ClusterComposition } from './composition.ts';

export type { RaftEntryView };

export interface NodeOptions {
  name: string;
  controlPlane?: boolean;
  /** Quantities as in a Node's capacity: cpu '4', memory '8Gi', pods 110. */
  cpu?: string;
  memory?: string;
  pods?: number;
}

export interface ClusterOptions {
  seed?: number;
  /** Default: controlplane (control-plane taint), node01, node02; 2 CPU / 4Gi... see DEFAULT_NODES. */
  nodes?: NodeOptions[];
  etcdMembers?: 1 | 3 | 5;
  /** Admission plugins, controllers and components (cluster/composition.ts); default: standardComposition. */
  composition?: ClusterComposition;
  /**
   * Log entries kept at least (default 10,000): the log is a window of the latest events, trimmed
   * back to this size when it holds twice as many, so a long session's memory stays bounded.
   */
  logWindow?: number;
}

export interface ExecOptions {
  /** Files the command can read (kubectl create -f pod.yaml). */
  files?: Record<string, string>;
  /** Standard input (kubectl create -f -). */
  stdin?: string;
  /** Answers the line's editor sessions (vi, kubectl edit) at once; exec() quits them unsaved when absent. */
  editor?: Editor;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ComponentView {
  id: string;
  kind: ComponentKind;
  node?: string;
  up: boolean;
  /** Current XState state value, flattened ('running', 'stopped', 'leader'). */
  state: string;
}

export interface PodView {
  namespace: string;
  name: string;
  phase: string;
  /** kubectl's STATUS column text (ContainerCreating, CrashLoopBackOff, Terminating, ...). */
  status: string;
  /** 'ready/total' as kubectl's READY column. */
  ready: string;
  restarts: number;
}

export interface NodeView {
  name: string;
  roles: string[];
  /** kubectl's STATUS column text: Ready, NotReady, Unknown(...), ',SchedulingDisabled'. */
  ready: string;
  pods: PodView[];
}

export interface EtcdMemberView {
  name: string;
  id: string;
  role: 'leader' | 'follower' | 'candidate' | 'stopped';
  term: number;
  up: boolean;
  commitIndex: number;
  /** Index of the member's last log entry (ahead of commitIndex while an entry is not yet on a quorum). */
  lastIndex: number;
  /** The last RAFT_LOG_TAIL entries of the member's log, oldest first. */
  log: RaftEntryView[];
}

export interface EtcdView {
  members: EtcdMemberView[];
  revision: number;
}

export interface ClusterView {
  time: number;
  components: ComponentView[];
  nodes: NodeView[];
  /** Pods not yet bound to a node. */
  pendingPods: PodView[];
  etcd: EtcdView;
}

export interface NodeSchedulingResult {
  node: string;
  /** Filter failure reasons (empty = feasible), exactly as the scheduler reports them. */
  reasons: string[];
  /** Per-plugin scores after normalization (feasible nodes only), before weights. */
  scores?: Record<string, number>;
  /** Weighted total (feasible nodes only). */
  total?: number;
}

export interface SchedulingResult {
  pod: string;
  namespace: string;
  time: number;
  nodes: NodeSchedulingResult[];
  /** Chosen node, or undefined when unschedulable. */
  selected?: string;
  /** The FailedScheduling message when unschedulable. */
  message?: string;
}

export interface ComponentMachineView {
  id: string;
  machine: AnyStateMachine | undefined;
  /** Current state value (flattened). */
  state: string;
}

export interface Cluster {
  exec(line: string, opts?: ExecOptions): ExecResult;
  submit(line: string, opts?: ExecOptions): { id: number };
  result(id: number): ExecResult | undefined;
  step(): LogEntry | undefined;
  advance(ms: number): void;
  settle(): void;
  now(): number;
  /** The latest delivered events, oldest first: a window (see ClusterOptions.logWindow). */
  readonly log: LogEntry[];
  /** Absolute position (LogEntry.seq) of log[0]; entries before it were released. */
  readonly logStart: number;
  /** The terminal's prompt: `root@controlplane:~# `, or the node `ssh` moved the shell to. */
  prompt(): string;
  stopKubelet(node: string): void;
  startKubelet(node: string): void;
  stopEtcdMember(name: string): void;
  startEtcdMember(name: string): void;
  deletePod(namespace: string, name: string): void;
  snapshot(): ClusterView;
  getObject(kind: string, namespace: string | undefined, name: string): KubeObject | undefined;
  listObjects(kind: string, namespace?: string): KubeObject[];
  schedulingResult(namespace: string, podName: string): SchedulingResult | undefined;
  componentMachine(componentId: string): ComponentMachineView | undefined;
  /** Every key in etcd at the current revision, sorted (what `etcdctl get / --prefix --keys-only` lists, incl. keys written with etcdctl). */
  etcdKeys(): string[];
  /** The nat table kube-proxy on `node` last wrote, in iptables-save format; undefined when no kube-proxy runs there. */
  proxyRules(node: string): string | undefined;
  /** Subscribe to delivered events (returns an unsubscribe function). */
  onEvent(listener: (entry: LogEntry) => void): () => void;
  /** The editor a submitted line waits on (vi FILE, kubectl edit), if any (editor/editRequest.ts). */
  pendingEdit(): EditRequest | undefined;
  /** The open editor's answer: the saved text, or null (quit without writing). False if none is open. */
  answerEdit(answer: EditAnswer): boolean;
  /** The terminal session's files (a copy), keyed by path as the shell names them. */
  files(): Record<string, string>;
  /** Writes files into the session (a note's titled YAML blocks, files kept from an earlier visit). */
  writeFiles(files: Record<string, string>): void;
}
