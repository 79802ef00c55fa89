// The mock exam's draw and clock: same seed, same exam; the draw spans the notes; the countdown
// follows the wall clock; seeds and minutes from the address are read defensively.
import { describe, expect, it } from 'vitest';
import { labTasks } from '../../src/labs/catalog.ts';
import { clockText, drawExam, mulberry32, parseMinutes, parseSeed, secondsLeft } from '../../src/labs/exam.ts';
import { addResult, loadExam, loadResults, saveExam } from '../../src/labs/exam-state.ts';
import { inlineCodeHtml } from '../../src/labs/inline-code.ts';

const keys = (seed: number) => drawExam(labTasks, seed).map((t) => `${t.note}/${t.id}`);

describe('mock exam', () => {
  it('draws the same 15 tasks for the same seed, one from each note, and other tasks for other seeds', () => {
    expect(keys(42)).toEqual(keys(42));
    expect(keys(42)).toHaveLength(15);
    expect(new Set(drawExam(labTasks, 42).map((t) => t.note)).size).toBe(15);
    const draws = new Set([1, 2, 3, 4, 5].map((s) => keys(s).join()));
    expect(draws.size).toBe(5);
  });

  it('uses a known PRNG (mulberry32 reference values)', () => {
    const r = mulberry32(1);
    // The widely published first outputs of mulberry32 with seed 1.
    expect(r()).toBeCloseTo(0.6270739405881613, 15);
    expect(r()).toBeCloseTo(0.002735721180215478, 15);
  });

  it('reads seeds and minutes defensively', () => {
    expect(parseSeed('42')).toBe(42);
    expect(parseSeed('-1')).toBeUndefined();
    expect(parseSeed('1e3')).toBeUndefined();
    expect(parseSeed('99999999999')).toBeUndefined();
    expect(parseSeed(null)).toBeUndefined();
    expect(parseMinutes('30')).toBe(30);
    expect(parseMinutes('0')).toBe(60);
    expect(parseMinutes('abc')).toBe(60);
  });

  it('counts down on the wall clock', () => {
    expect(secondsLeft(0, 60, 0)).toBe(3600);
    expect(secondsLeft(0, 60, 65_000)).toBe(3535);
    expect(secondsLeft(0, 1, 120_000)).toBe(0);
    expect(clockText(3535)).toBe('58:55');
  });

  it('keeps the exam and its results in storage, dropping what it cannot read', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    saveExam(storage, { seed: 7, minutes: 60, startedAt: 5, flags: ['pods/run-nginx', 3 as unknown as string], work: { 'pods/run-nginx': { lines: ['kubectl get pods'], answer: '' }, bad: { lines: 'x' } as never } });
    expect(loadExam(storage)).toEqual({ seed: 7, minutes: 60, startedAt: 5, flags: ['pods/run-nginx'], work: { 'pods/run-nginx': { lines: ['kubectl get pods'], answer: '' } } });
    saveExam(storage, undefined);
    expect(loadExam(storage)).toBeUndefined();
    addResult(storage, { seed: 7, minutes: 60, finishedAt: 'x', passed: 3, total: 15, tasks: [] });
    expect(loadResults(storage)).toHaveLength(1);
  });

  it('shows backticked names as code, escaping HTML', () => {
    expect(inlineCodeHtml('pod `web` <b>')).toBe('pod <code>web</code> &lt;b&gt;');
  });
});
