// Every lab task is graded on the cluster's state: its check fails on the untouched start, passes
// after the reference solution (and every alternative), and fails with a specific message on each
// plausible wrong attempt written into the task.
import { describe, expect, it, afterAll } from 'vitest';
import { labTasks, startTask, runScript, checkTask, taskKey } from '../../src/labs/index.ts';
import type { LabTask } from '../../src/labs/index.ts';

function attempt(task: LabTask, script: { commands?: string[]; files?: Record<string, string>; answer?: string }) {
  const cluster = startTask(task);
  const results = runScript(cluster, script);
  return { verdict: checkTask(task, cluster, script.answer), results };
}

const counts = new Map<string, number>();
for (const t of labTasks) counts.set(t.note, (counts.get(t.note) ?? 0) + 1);

afterAll(() => {
  const lines = [...counts].map(([note, n]) => `  ${note}: ${n}`);
  console.log(`lab tasks: ${labTasks.length} in ${counts.size} notes\n${lines.join('\n')}`);
});

describe('lab tasks', () => {
  it('have unique ids, both languages, at most three hints and at least two wrong attempts', () => {
    const keys = labTasks.map(taskKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of labTasks) {
      for (const text of [t.title, t.statement, ...t.hints]) {
        expect(text.ko.trim(), taskKey(t)).not.toBe('');
        expect(text.en.trim(), taskKey(t)).not.toBe('');
        expect(text.ko, `${taskKey(t)} Korean text has Hangul`).toMatch(/[가-힣]/);
      }
      expect(t.hints.length, taskKey(t)).toBeGreaterThan(0);
      expect(t.hints.length, taskKey(t)).toBeLessThanOrEqual(3);
      expect(t.wrongAttempts.length, taskKey(t)).toBeGreaterThanOrEqual(2);
    }
  });

  for (const task of labTasks) {
    describe(taskKey(task), () => {
      it('fails on the untouched start state', () => {
        const cluster = startTask(task);
        const verdict = checkTask(task, cluster, undefined);
        expect(verdict.passed).toBe(false);
        expect(verdict.findings.length).toBeGreaterThan(0);
      });

      it('passes after the reference solution', () => {
        const { verdict, results } = attempt(task, task.solution);
        for (const r of results) expect(r.exitCode, `${r.line}\n${r.stderr}`).toBe(0);
        expect(verdict.findings.map((f) => f.en)).toEqual([]);
        expect(verdict.passed).toBe(true);
      });

      (task.alternatives ?? []).forEach((alt, i) => {
        it(`passes after alternative solution ${i + 1}`, () => {
          const { verdict, results } = attempt(task, alt);
          for (const r of results) expect(r.exitCode, `${r.line}\n${r.stderr}`).toBe(0);
          expect(verdict.findings.map((f) => f.en)).toEqual([]);
        });
      });

      task.wrongAttempts.forEach((wrong, i) => {
        it(`fails wrong attempt ${i + 1} with a specific message`, () => {
          const { verdict } = attempt(task, wrong);
          expect(verdict.passed).toBe(false);
          const en = verdict.findings.map((f) => f.en).join('\n');
          expect(en).toMatch(wrong.expect);
          for (const f of verdict.findings) expect(f.ko).toMatch(/[가-힣]/);
        });
      });
    });
  }
});
