import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

// Texts checked against GNU coreutils 9 with LC_ALL=C.UTF-8 (bash --norc in an empty directory).
function shell() {
  const c = createCluster({ seed: 1 });
  return (line: string, editor?: (r: { text: string; path: string }) => string | null) => c.exec(line, editor ? { editor } : undefined);
}

describe('file commands', () => {
  it('cat, cp, mv, rm, mkdir and touch behave as coreutils, with its errors', () => {
    const sh = shell();
    expect(sh('cat x')).toEqual({ stdout: '', stderr: 'cat: x: No such file or directory\n', exitCode: 1 });
    expect(sh('echo hello > a.txt && cp a.txt b.txt && cat b.txt').stdout).toBe('hello\n');
    expect(sh('cp').stderr).toBe("cp: missing file operand\nTry 'cp --help' for more information.\n");
    expect(sh('cp a.txt').stderr).toBe("cp: missing destination file operand after 'a.txt'\nTry 'cp --help' for more information.\n");
    expect(sh('cp nope x').stderr).toBe("cp: cannot stat 'nope': No such file or directory\n");
    expect(sh('cp a.txt a.txt').stderr).toBe("cp: 'a.txt' and 'a.txt' are the same file\n");
    expect(sh('cp a.txt b.txt h').stderr).toBe("cp: target 'h': No such file or directory\n");
    expect(sh('mkdir d && mkdir d').stderr).toBe('mkdir: cannot create directory ‘d’: File exists\n');
    expect(sh('mkdir a/b').stderr).toBe('mkdir: cannot create directory ‘a/b’: No such file or directory\n');
    expect(sh('cat d').stderr).toBe('cat: d: Is a directory\n');
    expect(sh('cp d e').stderr).toBe("cp: -r not specified; omitting directory 'd'\n");
    expect(sh('rm d').stderr).toBe("rm: cannot remove 'd': Is a directory\n");
    expect(sh('rm nope')).toEqual({ stdout: '', stderr: "rm: cannot remove 'nope': No such file or directory\n", exitCode: 1 });
    expect(sh('rm -f nope')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(sh('rm').stderr).toBe("rm: missing operand\nTry 'rm --help' for more information.\n");
    expect(sh('mv').stderr).toBe("mv: missing file operand\nTry 'mv --help' for more information.\n");
    expect(sh('mv nope x').stderr).toBe("mv: cannot stat 'nope': No such file or directory\n");
    expect(sh('touch /nope/x').stderr).toBe("touch: cannot touch '/nope/x': No such file or directory\n");
    expect(sh('ls nope')).toEqual({ stdout: '', stderr: "ls: cannot access 'nope': No such file or directory\n", exitCode: 2 });
    expect(sh('mv b.txt d/ && ls d && ls').stdout).toBe('b.txt\na.txt  d\n');
    expect(sh('mkdir -p x/y/z && touch x/y/z/f && ls x/y/z && rm -r x && ls').stdout).toBe('f\na.txt  d\n');
    expect(sh('cp -r d d2 && cat d2/b.txt && rm -rf d2 d').stdout).toBe('hello\n');
    expect(sh('echo more >> a.txt; cat ./a.txt /root/a.txt ~/a.txt').stdout).toBe('hello\nmore\n'.repeat(3));
    expect(sh('echo x > d9/f').stderr).toBe('bash: d9/f: No such file or directory\n');
    expect(sh('mkdir d9; echo x > d9').stderr).toBe('bash: d9: Is a directory\n');
  });

  it('ls -l and -a list sizes, times and the directory entries', () => {
    const sh = shell();
    sh('echo hello > a.txt; mkdir dir; touch empty');
    const l = sh('ls -l').stdout.split('\n');
    expect(l[0]).toBe('total 8');
    expect(l[1]).toMatch(/^-rw-r--r-- 1 root root    6 Jan 15 09:0\d a\.txt$/);
    expect(l[2]).toMatch(/^drwxr-xr-x 2 root root 4096 Jan 15 09:0\d dir$/);
    expect(l[3]).toMatch(/^-rw-r--r-- 1 root root    0 Jan 15 09:0\d empty$/);
    expect(sh('ls -a').stdout).toBe('.  ..  a.txt  dir  empty\n');
    expect(sh('ls /tmp').stdout).toBe('');
    expect(sh('ls /etc/kubernetes').stdout).toBe('admin.conf  controller-manager.conf  kubelet.conf  manifests  pki  scheduler.conf  super-admin.conf\n');
  });

  it('vi, vim and nano write what the editor saved; quitting unsaved changes nothing', () => {
    const sh = shell();
    const seen: string[] = [];
    expect(sh('vi pod.yaml', (r) => { seen.push(r.text); return 'kind: Pod\n'; }).exitCode).toBe(0);
    expect(seen).toEqual(['']);
    expect(sh('cat pod.yaml').stdout).toBe('kind: Pod\n');
    sh('nano pod.yaml', (r) => { seen.push(r.text); return null; });
    expect(seen[1]).toBe('kind: Pod\n');
    expect(sh('cat pod.yaml').stdout).toBe('kind: Pod\n');
    expect(sh('vim new.yaml').exitCode).toBe(0);
    expect(sh('ls').stdout).toBe('pod.yaml\n');
  });

  it('a submitted vi line waits for the editor, then resumes with its answer', () => {
    const c = createCluster({ seed: 1 });
    const { id } = c.submit('vi pod.yaml && cat pod.yaml');
    for (let i = 0; i < 50 && !c.pendingEdit(); i++) c.step();
    expect(c.pendingEdit()).toMatchObject({ path: 'pod.yaml', text: '', keys: 'vi', purpose: 'file', language: 'yaml' });
    expect(c.result(id)).toBeUndefined();
    expect(c.answerEdit('a: 1\n')).toBe(true);
    for (let i = 0; i < 50 && !c.result(id); i++) c.step();
    expect(c.result(id)).toEqual({ stdout: 'a: 1\n', stderr: '', exitCode: 0 });
    expect(c.answerEdit('x')).toBe(false);
    expect(c.files()).toEqual({ 'pod.yaml': 'a: 1\n' });
  });
});
