// The shell habits of the CKA exam (issue 12): aliases, here-documents, a dry-run variable,
// completion set up with `source <(kubectl completion bash)`. Expected texts are bash 5's and
// kubectl 1.33's (kubectl completion's argument errors were recorded from kubectl.1.33).
import { describe, expect, test } from 'vitest';
import { needsMoreInput, parseCommandList } from '../../../src/sim/cli/shell.ts';
import { createCluster } from '../../../src/sim/index.ts';

const fresh = () => createCluster({ seed: 1 });
const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('here-documents', () => {
  test('cat <<EOF | kubectl apply -f - creates the object written in the body', () => {
    const c = fresh();
    const r = c.exec('cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\nEOF');
    expect(r).toEqual(ok('pod/web created\n'));
    expect(c.exec('kubectl get pod web -o jsonpath={.spec.containers[0].image}').stdout).toBe('nginx');
  });

  test("a quoted delimiter (<<'EOF') keeps $ and backslashes literal; an unquoted one expands $VAR and $(...)", () => {
    const c = fresh();
    expect(c.exec("cat <<'EOF' > pod.yaml\nname: $HOME \\$x\nEOF\ncat pod.yaml")).toEqual(ok('name: $HOME \\$x\n'));
    expect(c.exec('X=5; cat <<EOF\nx is $X, not \\$X; "quotes" stay; $(echo sub)\nEOF')).toEqual(ok('x is 5, not $X; "quotes" stay; sub\n'));
  });

  test('<<- strips leading tabs from the body and the delimiter line', () => {
    expect(fresh().exec('cat <<-EOF\n\t\tindented\n\tEOF')).toEqual(ok('indented\n'));
  });

  test('a body without its delimiter is taken to the end, with bash\'s warning', () => {
    expect(fresh().exec('cat <<EOF\nno end')).toEqual({ stdout: 'no end\n', stderr: "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n", exitCode: 0 });
  });

  test('two here-documents on one line read their bodies in order; the commands after the body run', () => {
    const c = fresh();
    expect(c.exec('cat <<A; cat <<B\none\nA\ntwo\nB\necho three')).toEqual(ok('one\ntwo\nthree\n'));
  });

  test('the terminal asks for more input until the delimiter, an open quote or a trailing pipe is closed', () => {
    expect(needsMoreInput('cat <<EOF')).toBe(true);
    expect(needsMoreInput('cat <<EOF\napiVersion: v1')).toBe(true);
    expect(needsMoreInput('cat <<EOF\napiVersion: v1\nEOF')).toBe(false);
    expect(needsMoreInput("echo 'open")).toBe(true);
    expect(needsMoreInput('kubectl get pods |')).toBe(true);
    expect(needsMoreInput('kubectl get pods \\')).toBe(true);
    expect(needsMoreInput('kubectl get pods')).toBe(false);
    expect(needsMoreInput('echo )')).toBe(false);
    expect(needsMoreInput('(a)')).toBe(false);
  });

  test('the body is data, never commands: a hostile body runs nothing', () => {
    const c = fresh();
    expect(c.exec('cat <<EOF\n$(kubectl run x --image=nginx >/dev/null; echo ran)\nEOF')).toEqual(ok('ran\n'));
    expect(c.exec("cat <<'EOF'\n$(kubectl delete pod x)\nEOF")).toEqual(ok('$(kubectl delete pod x)\n'));
    expect(c.exec('kubectl get pods -o name').stdout).toBe('pod/x\n');
    expect(() => parseCommandList('cat <<')).toThrow("syntax error near unexpected token `newline'");
  });
});

describe('aliases', () => {
  test('the terminal starts with alias k=kubectl, as the exam terminal does; unalias removes it', () => {
    const c = fresh();
    expect(c.exec('alias')).toEqual(ok("alias k='kubectl'\n"));
    expect(c.exec('k get ns default -o name')).toEqual(ok('namespace/default\n'));
    expect(c.exec('unalias k')).toEqual(ok(''));
    expect(c.exec('k get pods').exitCode).toBe(127);
    expect(c.exec('unalias k')).toEqual({ stdout: '', stderr: 'bash: unalias: k: not found\n', exitCode: 1 });
  });

  test('alias NAME=VALUE with several words, printed back as bash quotes it; a quoted first word is not an alias', () => {
    const c = fresh();
    expect(c.exec('alias kgp="kubectl get pods" q="it\'s"')).toEqual(ok(''));
    expect(c.exec('alias kgp q')).toEqual(ok("alias kgp='kubectl get pods'\nalias q='it'\\''s'\n"));
    expect(c.exec('kgp -n kube-system -o name').stdout).toContain('pod/etcd-controlplane');
    expect(c.exec("'kgp'").exitCode).toBe(127);
    expect(c.exec('alias nope')).toEqual({ stdout: '', stderr: 'bash: alias: nope: not found\n', exitCode: 1 });
    expect(c.exec('alias a/b=x')).toEqual({ stdout: '', stderr: "bash: alias: `a/b': invalid alias name\n", exitCode: 1 });
  });

  test('an alias naming itself (alias ls="ls -l") expands once; a chain of aliases expands through', () => {
    const c = fresh();
    c.exec('alias kk=k');
    expect(c.exec('kk get ns default -o name')).toEqual(ok('namespace/default\n'));
    c.exec('alias kubectl="kubectl -n kube-system"');
    expect(c.exec('kubectl get pod etcd-controlplane -o name')).toEqual(ok('pod/etcd-controlplane\n'));
  });
});

describe('the exam setup lines', () => {
  test('export do="--dry-run=client -o yaml"; k run x --image=nginx $do prints the manifest and creates nothing', () => {
    const c = fresh();
    expect(c.exec('export do="--dry-run=client -o yaml"')).toEqual(ok(''));
    const r = c.exec('k run x --image=nginx $do');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^apiVersion: v1\nkind: Pod\n/);
    expect(c.exec('kubectl get pods -o name').stdout).toBe('');
  });

  test('source <(kubectl completion bash) and complete -o default -F __start_kubectl k are accepted', () => {
    const c = fresh();
    expect(c.exec('source <(kubectl completion bash)')).toEqual(ok(''));
    expect(c.exec('complete -o default -F __start_kubectl k')).toEqual(ok(''));
    expect(c.exec('complete -p')).toEqual(ok('complete -o default -F __start_kubectl kubectl\ncomplete -o default -F __start_kubectl k\n'));
    expect(c.exec('echo "source <(kubectl completion bash)" >> .bashrc; echo "alias kd=\'kubectl describe\'" >> .bashrc; source .bashrc; alias kd')).toEqual(ok("alias kd='kubectl describe'\n"));
  });

  test("kubectl completion's argument errors are kubectl 1.33's", () => {
    const c = fresh();
    const usage = (m: string) => ({ stdout: '', stderr: `error: ${m}\nSee 'kubectl completion -h' for help and examples\n`, exitCode: 1 });
    expect(c.exec('kubectl completion')).toEqual(usage('Shell not specified.'));
    expect(c.exec('kubectl completion foo')).toEqual(usage('Unsupported shell type "foo".'));
    expect(c.exec('kubectl completion bash zsh')).toEqual(usage('Too many arguments. Expected only the shell type.'));
  });

  test('source without a file, or of a missing file, fails as bash does; <(...) names /dev/fd/63 while its command runs', () => {
    const c = fresh();
    expect(c.exec('source')).toEqual({ stdout: '', stderr: 'bash: source: filename argument required\nsource: usage: source filename [arguments]\n', exitCode: 2 });
    expect(c.exec('. nofile')).toEqual({ stdout: '', stderr: 'bash: nofile: No such file or directory\n', exitCode: 1 });
    expect(c.exec('echo <(true) <(true)')).toEqual(ok('/dev/fd/63 /dev/fd/62\n'));
    expect(c.exec('cat <(echo hi)')).toEqual(ok('hi\n'));
    expect(c.exec('cat /dev/fd/63').exitCode).toBe(1);
  });
});

describe('kubectl exec -it POD -- sh: a shell inside the container', () => {
  test('commands run in the container until exit; the prompt says where the shell is', () => {
    const c = fresh();
    c.exec('kubectl run web --image=nginx --env=MODE=prod');
    c.exec('kubectl run bb --image=busybox -- sleep 3600');
    c.settle();
    expect(c.exec('kubectl exec -it web -- bash')).toEqual(ok(''));
    expect(c.prompt()).toBe('root@web:/# ');
    expect(c.exec('hostname')).toEqual(ok('web\n'));
    expect(c.exec('env | grep MODE')).toEqual(ok('MODE=prod\n'));
    expect(c.exec('exit')).toEqual(ok('exit\n'));
    expect(c.prompt()).toBe('root@controlplane:~# ');
    expect(c.exec('kubectl exec -it bb -- sh')).toEqual(ok(''));
    expect(c.prompt()).toBe('/ # ');
    expect(c.exec('exit')).toEqual(ok(''));
    expect(c.exec('kubectl get pods -o name')).toEqual(ok('pod/bb\npod/web\n'));
  });

  test('-t without -i warns as kubectl does and does not enter the container; inside, commands are the container\'s', () => {
    const c = fresh();
    c.exec('kubectl run web --image=nginx');
    c.settle();
    expect(c.exec('kubectl exec -t web -- sh')).toEqual({ stdout: '', stderr: 'Unable to use a TTY - input is not a terminal or the right kind of file\n', exitCode: 0 });
    expect(c.prompt()).toBe('root@controlplane:~# ');
    c.exec('kubectl exec -it web -- sh');
    expect(c.prompt()).toBe('# ');
    c.exec('exit');
    c.exec('kubectl exec -it web -- sh');
    // Inside the container there is no kubectl: the command runs there, as on a real cluster.
    expect(c.exec('kubectl get pods').stderr).toContain('exec: "kubectl": executable file not found in $PATH');
    c.exec('exit');
    expect(c.prompt()).toBe('root@controlplane:~# ');
  });

  test('args without a command replace the image CMD: busybox -- sleep 3600 keeps running', () => {
    const c = fresh();
    c.exec('kubectl run bb --image=busybox -- sleep 3600');
    c.settle();
    expect(c.exec('kubectl get pod bb -o jsonpath={.status.phase}').stdout).toBe('Running');
  });
});
