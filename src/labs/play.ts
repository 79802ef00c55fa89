// Running a task without binding to an engine entry: the browser passes core.ts's createCluster (fetched
// on first use, CLI parts loaded on demand), Node passes index.ts's (run.ts). Start state, scripts, verdict.
import type { Cluster, ClusterOptions } from '../sim/core.ts';
import type { CommandScript, LabResult, LabTask } from './types.ts';

/** A fresh cluster in the task's start state (setup commands run and the cluster settled). */
export function startTaskWith(createCluster: (options: ClusterOptions) => Cluster, task: LabTask): Cluster {
  const cluster = createCluster({ seed: task.start.seed ?? 1, ...task.start.cluster });
  runScript(cluster, { commands: task.start.commands ?? [], files: task.start.files });
  return cluster;
}

/** Runs commands one after the other as a reader would, letting the cluster settle after each. */
export function runScript(cluster: Cluster, script: Partial<CommandScript>): { line: string; stdout: string; stderr: string; exitCode: number }[] {
  const results = [];
  for (const line of script.commands ?? []) {
    const r = cluster.exec(line, { files: script.files });
    cluster.settle();
    results.push({ line, ...r });
  }
  return results;
}

/** Judges the cluster (and, for question tasks, the reader's answer). */
export function checkTask(task: LabTask, cluster: Cluster, answer?: string): LabResult {
  if (task.check.kind === 'state') {
    const findings = task.check.check(cluster);
    return { passed: findings.length === 0, findings };
  }
  const expected = task.check.expected(cluster);
  const given = (answer ?? '').trim();
  if (!given) return { passed: false, findings: [{ ko: '답을 입력하지 않았다.', en: 'No answer was given.' }] };
  if (sameAnswer(given, expected, task.check.compare ?? 'caseless')) return { passed: true, findings: [] };
  return {
    passed: false,
    findings: [{
      ko: `입력한 답(\`${given}\`)이 클러스터의 상태와 맞지 않는다.`,
      en: `The answer \`${given}\` does not match the cluster.`,
    }],
  };
}

function sameAnswer(given: string, expected: string, compare: 'exact' | 'caseless' | 'number' | 'set'): boolean {
  switch (compare) {
    case 'exact': return given === expected.trim();
    case 'number': return Number(given) === Number(expected);
    case 'set': {
      const norm = (s: string) => s.split(/[\s,]+/).filter(Boolean).map((x) => x.toLowerCase()).sort().join(',');
      return norm(given) === norm(expected);
    }
    default: return given.toLowerCase() === expected.trim().toLowerCase();
  }
}
