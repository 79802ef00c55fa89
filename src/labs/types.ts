// Lab tasks: CKA-style exercises graded on the simulated cluster's state (issue 13).
// A task is data: its statement, where it starts, how its result is judged, hints and a reference
// solution. Checkers read the cluster through the engine's public API only, never the commands the
// reader typed, so any valid way to reach the state passes.
import type { Cluster, ClusterOptions } from '../sim/index.ts';

/** A text in both site languages. */
export interface Text {
  ko: string;
  en: string;
}

/** A way to run commands (and the files they read) in the task's cluster. */
export interface CommandScript {
  commands: string[];
  /** Files the commands read (`kubectl apply -f web.yaml`), as the reader would write them in the editor. */
  files?: Record<string, string>;
}

/** What a task judges: the cluster's state (state tasks) or an answer typed in a field (question tasks). */
export type LabCheck =
  | { kind: 'state'; check: (cluster: Cluster) => Text[] }
  | {
      kind: 'answer';
      /** What the answer field asks for (shown as its label). */
      prompt: Text;
      /** The right answer, read from the cluster at check time. */
      expected: (cluster: Cluster) => string;
      /** How answers are compared; default: trimmed, case-insensitive. */
      compare?: 'exact' | 'caseless' | 'number' | 'set';
    };

export interface LabTask {
  /** Unique within its note; the task's full id is `<note>/<id>`. */
  id: string;
  /** The note (and scenario) slug the task belongs to. */
  note: string;
  title: Text;
  /** Written like an exam task: names, namespaces, images and ports given exactly. */
  statement: Text;
  /** 1: one command; 2: a few steps; 3: multi-step or YAML. */
  level: 1 | 2 | 3;
  /** The task's start: a fresh cluster, then these commands run to completion and the cluster settles. */
  start: { cluster?: Pick<ClusterOptions, 'nodes' | 'etcdMembers'>; seed?: number } & Partial<CommandScript>;
  check: LabCheck;
  /** Up to three hints, revealed one at a time. */
  hints: Text[];
  /** The reference solution. For question tasks, `answer` is what the reader types. */
  solution: CommandScript & { answer?: string };
  /** Other valid solutions (e.g. declarative beside imperative): each must pass too. */
  alternatives?: (CommandScript & { answer?: string })[];
  /** Plausible wrong attempts (test data): each must fail, with a message that matches `expect`. */
  wrongAttempts: (Partial<CommandScript> & { answer?: string; expect: RegExp })[];
}

/** The verdict of a check. */
export interface LabResult {
  passed: boolean;
  /** Why it fails, in the reader's terms (empty when passed). */
  findings: Text[];
}
