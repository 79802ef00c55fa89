import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { needsCliParts, type CliPart } from '../../src/sim/cli/lazyParts/needsCliParts.ts';
import { parseLine } from '../../src/sim/cli/shell.ts';

// The browser engine loads kubectl's help texts and etcdctl only for lines that may need them
// (src/sim/cli/lazyParts). Loading too much is allowed; missing a line that needs a part is a bug.

describe('needsCliParts: table', () => {
  const cases: [string, CliPart[]][] = [
    ['kubectl get pods', []],
    ['kubectl get pods -o wide', []],
    ['kubectl run nginx --image=nginx --dry-run=client -o yaml', []],
    ['kubectl exec -it nginx -- sh', []],
    ['kubectl describe node controlplane', []],
    ['cat pod.yaml', []],
    ['', []],
    ['kubectl get --help', ['kubectl-help']],
    ['kubectl get -h', ['kubectl-help']],
    ['kubectl --help', ['kubectl-help']],
    ['k describe node controlplane --help', ['kubectl-help']],
    ['kubectl get pods --help=true', ['kubectl-help']],
    ['kubectl get pods -Ah', ['kubectl-help']],
    ['kubectl create deploy web --image=nginx "--help"', ['kubectl-help']],
    ["kubectl create deploy web --image=nginx '-h'", ['kubectl-help']],
    ['kubectl get pods --help 2>&1', ['kubectl-help']],
    ['kubectl get pods;--help', ['kubectl-help']],
    ['etcdctl version', ['etcdctl']],
    ['ETCDCTL_API=3 etcdctl get / --prefix --keys-only', ['etcdctl']],
    ['kubectl exec etcd-controlplane -n kube-system -- etcdctl member list', ['etcdctl']],
    ["kubectl exec etcd-controlplane -n kube-system -- sh -c 'ETCDCTL_API=3 etcdctl endpoint status'", ['etcdctl']],
    ['/usr/local/bin/etcdctl version', ['etcdctl']],
    ['e"tcd"ctl version', ['etcdctl']],
    ['etcd\\ctl version', ['etcdctl']],
    ['etcdctl --help', ['kubectl-help', 'etcdctl']],
    ['kubectl exec etcd-controlplane -n kube-system -- etcdctl -h', ['kubectl-help', 'etcdctl']],
  ];
  it.each(cases)('%j -> %j', (line, parts) => {
    expect(needsCliParts(line)).toEqual(parts);
  });

  it('does not mistake words that merely contain "help" or "h" for the help flag', () => {
    expect(needsCliParts('kubectl run helper --image=httpd --labels=high=1')).toEqual([]);
    expect(needsCliParts('kubectl get pods --show-labels --sort-by=.metadata.name')).toEqual([]);
  });
});

const word = fc.stringMatching(/^[a-z0-9=./:_-]{1,10}$/);
const helpWord = fc.constantFrom('-h', '--help', '--help=true', '--help=false', '-Ah', '-ith', '"--help"', "'-h'");
const etcdctlWord = fc.constantFrom('etcdctl', 'ETCDCTL_API=3 etcdctl', "sh -c 'etcdctl get a'", '/usr/local/bin/etcdctl', '"etcdctl"', 'e\\tcdctl');

/** Inserts `token` between two words of `words` (or at either end) and joins with blanks. */
function insertAt(words: string[], index: number, token: string): string {
  const at = index % (words.length + 1);
  return [...words.slice(0, at), token, ...words.slice(at)].join(' ');
}

describe('needsCliParts: properties', () => {
  it('any line with a help flag inserted at a word boundary needs the help texts', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), fc.nat(), helpWord, (words, index, token) => {
        expect(needsCliParts(insertAt(words, index, token))).toContain('kubectl-help');
      }),
      { numRuns: 500 },
    );
  });

  it('any line with the word etcdctl inserted at a word boundary needs etcdctl', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), fc.nat(), etcdctlWord, (words, index, token) => {
        expect(needsCliParts(insertAt(words, index, token))).toContain('etcdctl');
      }),
      { numRuns: 500 },
    );
  });

  it('is conservative against the engine shell: whatever words the shell makes of a line, a help flag or etcdctl among them is detected', () => {
    // Pieces that the shell glues or splits in different ways (quotes, backslashes, blanks, redirections).
    const piece = fc.constantFrom('kubectl', 'k', 'get', 'pods', '-n', 'h', '-', '--', 'help', '=', 'etcd', 'ctl', 'etcdctl', 'ETCDCTL_API=3', 'sh', '-c', 'A', 'x', "'", '"', '\\', ' ', ' ', '2>&1', '>', 'out.txt');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const line = pieces.join('');
        let parsed;
        try {
          parsed = parseLine(line);
        } catch {
          return; // a shell syntax error runs nothing
        }
        const words = [...Object.entries(parsed.env).map(([k, v]) => `${k}=${v}`), ...parsed.argv];
        const detected = needsCliParts(line);
        // pflag reads --help, --help=..., -h and combined shorthands such as -Ah as the help flag.
        if (words.some((w) => w === '--help' || w.startsWith('--help=') || /^-[^-]*h/.test(w))) expect(detected).toContain('kubectl-help');
        if (words.some((w) => w.includes('etcdctl'))) expect(detected).toContain('etcdctl');
      }),
      { numRuns: 2000 },
    );
  });
});
