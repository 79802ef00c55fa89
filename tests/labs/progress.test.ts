// Lab progress: what a check records (a pass after "Show solution" says so; a pass is never lost),
// and how an imported file is read (defensively: a bad file is refused with a reason).
import { describe, expect, it } from 'vitest';
import {
  afterCheck,
  afterSolutionShown,
  emptyProgress,
  loadProgress,
  parseProgress,
  serialiseProgress,
  summarise,
  PROGRESS_KEY,
} from '../../src/labs/progress.ts';

const at = '2026-01-01T00:00:00.000Z';

describe('lab progress', () => {
  it('records a clean pass as solved, a pass after the solution as solved-with-solution', () => {
    expect(afterCheck(undefined, true, false, at).status).toBe('solved');
    expect(afterCheck(undefined, true, true, at).status).toBe('solved-with-solution');
    const shown = afterSolutionShown(undefined, at);
    expect(afterCheck(shown, true, false, at).status).toBe('solved-with-solution');
  });

  it('keeps a clean pass clean after the solution is shown later, and never downgrades a pass on a failed check', () => {
    const solved = afterCheck(undefined, true, false, at);
    expect(afterCheck(afterSolutionShown(solved, at), true, true, at).status).toBe('solved');
    expect(afterCheck(solved, false, false, at).status).toBe('solved');
    expect(afterCheck(undefined, false, false, at).status).toBe('attempted');
  });

  it('round-trips through a file and counts solved tasks', () => {
    const p = emptyProgress();
    p.tasks['pods/run-nginx'] = afterCheck(undefined, true, false, at);
    p.tasks['pods/fix-image'] = afterCheck(undefined, true, true, at);
    p.tasks['etcd/backup'] = afterCheck(undefined, false, false, at);
    const back = parseProgress(serialiseProgress(p));
    expect(back).toEqual({ progress: p });
    expect(summarise(p, ['pods/run-nginx', 'pods/fix-image', 'etcd/backup', 'pods/x'])).toEqual({ solved: 2, withSolution: 1, attempted: 1, total: 4 });
  });

  it('refuses bad files with a reason', () => {
    expect(parseProgress('not json')).toEqual({ error: 'not-json' });
    expect(parseProgress('[]')).toEqual({ error: 'not-progress' });
    expect(parseProgress(JSON.stringify({ format: 'other', version: 1, tasks: {} }))).toEqual({ error: 'not-progress' });
    const bad = (tasks: unknown) => parseProgress(JSON.stringify({ format: 'k8s-core-notes-lab-progress', version: 1, tasks }));
    expect(bad({ '../../etc': { status: 'solved', at } })).toMatchObject({ error: 'bad-task' });
    expect(bad({ 'pods/a': { status: 'done', at } })).toMatchObject({ error: 'bad-task', detail: 'pods/a' });
    expect(bad({ 'pods/a': { status: 'solved', at: 'yesterday' } })).toMatchObject({ error: 'bad-task' });
    expect(parseProgress(' '.repeat(300 * 1024))).toEqual({ error: 'too-large' });
  });

  it('reads unreadable storage as no progress', () => {
    expect(loadProgress({ getItem: (k) => (k === PROGRESS_KEY ? '{broken' : null) })).toEqual(emptyProgress());
    expect(loadProgress({ getItem: () => { throw new Error('blocked'); } })).toEqual(emptyProgress());
  });
});
