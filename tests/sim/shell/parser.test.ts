import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCommandList, ShellSyntaxError, UnsupportedSyntaxError, type CommandList, type Word } from '../../../src/sim/cli/shell.ts';

/** A readable summary of a parsed list: words as their parts, operators between them. */
function word(w: Word): string {
  return w.parts.map((p) => (p.type === 'text' ? (p.quoted ? `'${p.text}'` : p.text) : p.type === 'param' ? `\${${p.name}}` : `$(${summary(p.list)})`)).join('');
}
function summary(list: CommandList): string {
  return list.entries
    .map((e) => {
      const pipelines = [e.andOr.first, ...e.andOr.rest.map((r) => r.pipeline)];
      const text = pipelines
        .map((p, i) => {
          const cmds = p.commands.map((c) => [...c.assignments.map((a) => `${a.name}=${word(a.value)}`), ...c.words.map(word), ...c.redirects.map((r) => `${r.fd}${r.op}${word(r.target)}`)].join(' '));
          const joined = cmds.map((c, j) => (j ? (p.stderrPiped[j - 1] ? ' |& ' : ' | ') : '') + c).join('');
          return (i ? ` ${e.andOr.rest[i - 1].op} ` : '') + (p.negated ? '! ' : '') + joined;
        })
        .join('');
      return text + (e.background ? ' &' : ';');
    })
    .join(' ');
}

describe('parser: the forms the notes use', () => {
  test.each([
    ['kubectl get pods', 'kubectl get pods;'],
    ['kubectl config set-context $(kubectl config current-context) --namespace=dev', 'kubectl config set-context $(kubectl config current-context;) --namespace=dev;'],
    ['kubectl get pods | head -1', 'kubectl get pods | head -1;'],
    ['ps aux | grep kube-apiserver', 'ps aux | grep kube-apiserver;'],
    ['kubectl proxy &', 'kubectl proxy &'],
    ['kubectl proxy & curl http://localhost:8001/api', 'kubectl proxy & curl http://localhost:8001/api;'],
    ['a && b || c; d', 'a && b || c; d;'],
    ['ETCDCTL_API=3 etcdctl version', 'ETCDCTL_API=3 etcdctl version;'],
    ['echo "$(echo "a b")" `echo c`', "echo ''$(echo 'a b';) $(echo c;);"],
    ['echo $HOME ${X} $? ~ ~/x a~', "echo ${HOME} ${X} ${?} ${HOME} ${HOME}/x a~;"],
    ["echo 'a > b' a\\ b", "echo 'a > b' a' 'b;"],
    ['kubectl run x --image=nginx -o yaml > pod.yaml', 'kubectl run x --image=nginx -o yaml 1>pod.yaml;'],
    ['cmd 2>/dev/null >>log 2>&1 <in', 'cmd 2>/dev/null 1>>log 2>&1 0<in;'],
    ['cmd &>all', 'cmd 1>all 2>&1;'],
    ['a |& b', 'a |& b;'],
    ['! false', '! false;'],
    ['kubectl get pods # a comment', 'kubectl get pods;'],
    ["kubectl get pods -o jsonpath='{.items[*].metadata.name}'", "kubectl get pods -o jsonpath='{.items[*].metadata.name}';"],
    ['kubectl config view --minify -o jsonpath={..namespace}', 'kubectl config view --minify -o jsonpath={..namespace};'],
    ['echo a\\\nb', 'echo ab;'],
    ['a;b\nc', 'a; b; c;'],
    ['echo $(echo $(echo deep))', 'echo $(echo $(echo deep;););'],
    ['echo $', 'echo $;'],
    ['X= cmd', 'X= cmd;'],
  ])('%j', (line, expected) => {
    expect(summary(parseCommandList(line))).toBe(expected);
  });
});

describe('parser: syntax errors have bash wording', () => {
  test.each([
    ['a &&', 'syntax error: unexpected end of file'],
    ['a |', 'syntax error: unexpected end of file'],
    ['| b', "syntax error near unexpected token `|'"],
    ['a ;; b', "syntax error near unexpected token `;;'"],
    ['a & & b', "syntax error near unexpected token `&'"],
    ['a | | b', "syntax error near unexpected token `|'"],
    ['a >', "syntax error near unexpected token `newline'"],
    ['a; ;', "syntax error near unexpected token `;'"],
    ['&', "syntax error near unexpected token `&'"],
    [';', "syntax error near unexpected token `;'"],
    ['a )', "syntax error near unexpected token `)'"],
    ['echo $(', "unexpected EOF while looking for matching `)'"],
    ["echo 'a", "unexpected EOF while looking for matching `''"],
    ['echo "a', 'unexpected EOF while looking for matching `"\''],
    ['echo `a', "unexpected EOF while looking for matching ``'"],
    ['echo ${', "unexpected EOF while looking for matching `}'"],
    ['echo ${}', '${}: bad substitution'],
  ])('%j', (line, message) => {
    expect(() => parseCommandList(line)).toThrow(new ShellSyntaxError(message));
  });
});

describe('parser: unsupported constructs are refused by name, never mis-parsed', () => {
  test.each([
    ['cat <<<word', 'here-string'],
    ['(cd /tmp; ls)', 'subshell'],
    ['{ a; b; }', 'command group'],
    ['if true; then a; fi', '`if'],
    ['for i in 1 2; do echo $i; done', '`for'],
    ['while true; do a; done', '`while'],
    ['echo $((1+2))', 'Arithmetic expansion'],
    ['((x++))', 'arithmetic command'],
    ['echo ${X:-default}', 'parameter expansion ${X:-default}'],
    ['echo {a,b}', 'Brace expansion'],
    ['echo {1..3}', 'Brace expansion'],
    ['tee >(wc -l)', 'Process substitution'],
    ['arr=(a b)', 'array assignment'],
    ["echo $'a\\n'", 'ANSI-C quoting'],
    ['f() { echo; }', 'function definition'],
    ['echo $@', 'positional parameters'],
  ])('%j', (line, construct) => {
    let error: unknown;
    try {
      parseCommandList(line);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedSyntaxError);
    expect((error as Error).message).toContain(construct);
    expect((error as Error).message).toContain('not supported in this simulated shell');
  });
});

/** bash's single-quoting of any string: 'it'\''s'. */
const singleQuote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
/** Double-quoting: backslash before " \ $ and `. */
const doubleQuote = (s: string) => `"${s.replace(/["\\$`]/g, '\\$&')}"`;
/** Backslash before every character that is not a letter or digit (newline excepted: it cannot be escaped). */
const backslashed = (s: string) => s.replace(/[^A-Za-z0-9\n]/g, '\\$&');

function literalWords(line: string): string[] {
  const list = parseCommandList(line);
  return list.entries[0].andOr.first.commands[0].words.map((w) => {
    expect(w.parts.every((p) => p.type === 'text')).toBe(true);
    return w.parts.map((p) => (p.type === 'text' ? p.text : '')).join('');
  });
}

describe('parser properties', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', "'", '"', '\\', '$', '`', '|', '&', ';', '(', ')', '<', '>', '#', '*', '{', ',', '}', '\t', 'é', '~'), maxLength: 12 });

  test('quoting round-trips: any text quoted one of bash\'s ways parses back to exactly that word', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.constantFrom(singleQuote, doubleQuote)), { minLength: 1, maxLength: 4 }), (pieces) => {
        const line = `echo ${pieces.map(([t, q]) => q(t)).join(' ')}`;
        expect(literalWords(line)).toEqual(['echo', ...pieces.map(([t]) => t)]);
      }),
      { numRuns: 500 },
    );
  });

  test('backslash-escaping every special character gives the text back as one word', () => {
    fc.assert(
      fc.property(text.filter((t) => t.length > 0), (t) => {
        expect(literalWords(`echo ${backslashed(t)}`)).toEqual(['echo', t]);
      }),
      { numRuns: 500 },
    );
  });

  test('a list joined with ; parses into its parts in order', () => {
    const cmd = fc.array(fc.stringMatching(/^[a-z][a-z0-9=.-]{0,6}$/), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(cmd, { minLength: 1, maxLength: 5 }), fc.constantFrom('; ', ';', ' ; ', '\n'), (cmds, sep) => {
        const joined = summary(parseCommandList(cmds.join(sep)));
        expect(joined).toBe(cmds.map((c) => summary(parseCommandList(c))).join(' '));
      }),
      { numRuns: 300 },
    );
  });

  test('the parser never throws anything but a shell syntax error', () => {
    const piece = fc.constantFrom('a', ' ', "'", '"', '\\', '$', '$(', ')', '`', '|', '||', '&', '&&', ';', '(', '<', '>', '2>&1', '#', '{', '}', ',', '${', '\n', '!', '~', '*');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        try {
          parseCommandList(pieces.join(''));
        } catch (e) {
          expect(e).toBeInstanceOf(ShellSyntaxError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
