import { describe, expect, it } from 'vitest';
import { createCluster } from '../../src/sim/index.ts';
import { Session } from '../../components/sim/model/session.ts';
import { decodeRun, encodeRun } from '../../components/sim/model/url-state.ts';
import { readStoredFiles, saveStoredFiles, startingFiles } from '../../components/sim/model/file-store.ts';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n';

function session(initialFiles?: Record<string, string>) {
  return new Session({ create: () => createCluster({ seed: 3 }), initialFiles });
}

describe('the player session with the editor', () => {
  it('a vi line waits for the editor; its answer is an input, replayed like a typed line', () => {
    const s = session({ 'page.yaml': 'kind: Pod\n' });
    const vi = s.act({ cmd: 'vi pod.yaml' })!;
    expect(s.runUntilDone(vi)).toBeUndefined();
    expect(s.pendingEdit()).toMatchObject({ path: 'pod.yaml', text: '', keys: 'vi' });
    const resumed = s.act({ edit: POD });
    expect(resumed).toBe(vi);
    expect(s.runUntilDone(vi)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.pendingEdit()).toBeUndefined();
    const create = s.act({ cmd: 'kubectl create -f pod.yaml' })!;
    expect(s.runUntilDone(create)?.stdout).toBe('pod/web created\n');
    const ls = s.act({ cmd: 'ls' })!;
    expect(s.runUntilDone(ls)?.stdout).toBe('page.yaml  pod.yaml\n');

    // A share link / reload replays the same run, editor answers included.
    const link = decodeRun(encodeRun({ scenario: 'pods', seed: 3, position: s.position, inputs: s.inputs }))!;
    expect(link.inputs.some((i) => 'edit' in i && i.edit === POD)).toBe(true);
    const again = session({ 'page.yaml': 'kind: Pod\n' });
    again.restore(link.inputs, link.position);
    expect(again.cluster.files()).toEqual({ 'page.yaml': 'kind: Pod\n', 'pod.yaml': POD });
    expect(again.cluster.getObject('Pod', 'default', 'web')).toBeDefined();
  });

  it('an answer with no editor open is ignored', () => {
    const s = session();
    expect(s.act({ edit: 'x' })).toBeUndefined();
    expect(s.cluster.files()).toEqual({});
  });
});

describe('kept files', () => {
  const memory = () => {
    const data = new Map<string, string>();
    return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
  };
  const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };

  it('are stored per note, falling back to the next storage when one is full', () => {
    const session = memory();
    expect(saveStoredFiles('pods', { seed: {}, current: { 'a.yaml': 'a' } }, [full, session])).toBe(true);
    expect(readStoredFiles('pods', [full, session])).toEqual({ seed: {}, current: { 'a.yaml': 'a' } });
    expect(readStoredFiles('services', [full, session])).toBeUndefined();
    expect(saveStoredFiles('pods', { seed: {}, current: {} }, [full])).toBe(false);
    session.setItem('k8s-sim-files:pods', '{not json');
    expect(readStoredFiles('pods', [session])).toBeUndefined();
  });

  it('start a session: the note\'s files with the reader\'s over them', () => {
    const base = { 'pod.yaml': 'page' };
    const stored = { seed: { 'pod.yaml': 'old' }, current: { 'pod.yaml': 'mine', 'x.yaml': 'x' } };
    expect(startingFiles(base, undefined, false)).toEqual(base);
    expect(startingFiles(base, stored, false)).toEqual({ 'pod.yaml': 'mine', 'x.yaml': 'x' });
    expect(startingFiles(base, stored, true)).toEqual({ 'pod.yaml': 'old' });
  });
});
