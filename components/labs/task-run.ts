// A task's own cluster in the browser: its start state (src/labs/play.ts startTaskWith, the same
// code the task tests run), the reader's commands one after the other, each followed by the cluster
// settling (as the tests run a solution), and the verdict. The terminal reads `entries`.
import type { LabResult, LabTask } from '../../src/labs/types.ts';
import { checkTask, startTaskWith } from '../../src/labs/play.ts';
import { prepareCommands, type EngineModule, type InspectableCluster } from '../sim/engine.ts';
import { filesForCommand } from '../sim/model/files.ts';
import type { ExecResultView } from '../sim/model/cluster-contract.ts';

export interface TerminalEntry {
  line: string;
  result?: ExecResultView;
}

/** Every command line the task's own data may run (setup, solutions): their CLI parts are fetched before the task opens. */
export function taskLines(task: LabTask): string[] {
  return [...(task.start.commands ?? []), ...task.solution.commands, ...(task.alternatives ?? []).flatMap((a) => a.commands)];
}

export class TaskRun {
  cluster: InspectableCluster;
  entries: TerminalEntry[] = [];
  /** The answer typed for a question task (kept here so the exam keeps it while the reader moves between tasks). */
  answer = '';

  private constructor(
    private readonly engine: EngineModule,
    readonly task: LabTask,
  ) {
    this.cluster = startTaskWith(engine.createCluster, task);
  }

  /** Fetches the CLI parts the task needs, then builds its start cluster. */
  static async open(engine: EngineModule, task: LabTask): Promise<TaskRun> {
    await prepareCommands(engine, taskLines(task));
    return new TaskRun(engine, task);
  }

  get history(): string[] {
    return this.entries.map((e) => e.line);
  }

  /** Runs one command line; `available` are the files it may read (-f web.yaml). */
  async run(line: string, available: Record<string, string>): Promise<void> {
    await prepareCommands(this.engine, [line]);
    const files = filesForCommand(line, available);
    let result: ExecResultView;
    try {
      result = this.cluster.exec(line, files ? { files } : undefined);
      this.cluster.settle();
    } catch (err) {
      // The engine must not take the page down: the reader sees the failure as the command's error.
      console.warn(err);
      result = { stdout: '', stderr: `error: ${String(err)}\n`, exitCode: 1 };
    }
    this.entries.push({ line, result });
  }

  check(): LabResult {
    try {
      return checkTask(this.task, this.cluster, this.answer);
    } catch (err) {
      console.warn(err);
      return { passed: false, findings: [{ ko: '채점 중에 시뮬레이션 오류가 났다.', en: 'The simulation failed while checking.' }] };
    }
  }

  reset(): void {
    this.cluster = startTaskWith(this.engine.createCluster, this.task);
    this.entries = [];
    this.answer = '';
  }
}
