import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { toYaml } from '../../components/sim/model/yaml-dump.ts';
import { commandsOfBlock } from '../../components/sim/model/run-commands.ts';
import { filesForCommand, pageFiles, referencedFiles } from '../../components/sim/model/files.ts';

describe('inspector YAML writer', () => {
  it('writes what a YAML parser reads back as the same value (property)', () => {
    const key = fc.string({ minLength: 1, maxLength: 12 });
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('true', '1.5', 'yes', 'a: b', '- x', '', ' x', '#c', 'multi\nline\n', "it's", '파드'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (obj) => {
        expect(parse(toYaml(obj))).toEqual(obj);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips number-like and digit-led strings (property)', () => {
    const tricky = fc.stringMatching(/^[0-9][0-9a-fxoeE.:_+ -]{0,12}$/);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c'), tricky), (obj) => {
        expect(parse(toYaml(obj))).toEqual(obj);
      }),
      { numRuns: 1000 },
    );
  });

  it('prints uids and IPs plain and timestamps quoted, like kubectl', () => {
    expect(toYaml({ uid: '66179a83-d3b1-45e5-a448-430f7f557e8a', podIP: '10.244.1.2', t: '2026-01-15T10:00:00Z', num: '1e5', h: '0x1f' })).toBe(
      'uid: 66179a83-d3b1-45e5-a448-430f7f557e8a\npodIP: 10.244.1.2\nt: "2026-01-15T10:00:00Z"\nnum: "1e5"\nh: "0x1f"\n',
    );
  });

  it('looks like kubectl -o yaml', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'nginx', labels: { run: 'nginx' } },
      spec: { containers: [{ image: 'nginx', name: 'nginx', ports: [{ containerPort: 80 }] }], tolerations: [] },
    };
    expect(toYaml(pod)).toBe(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: nginx',
        '  labels:',
        '    run: nginx',
        'spec:',
        '  containers:',
        '  - image: nginx',
        '    name: nginx',
        '    ports:',
        '    - containerPort: 80',
        '  tolerations: []',
        '',
      ].join('\n'),
    );
  });
});

describe('Run blocks', () => {
  it('splits a block into commands', () => {
    expect(commandsOfBlock('# create it\n$ kubectl run nginx --image=nginx\n\nkubectl get pods \\\n  -o wide\n')).toEqual([
      'kubectl run nginx --image=nginx',
      'kubectl get pods -o wide',
    ]);
    expect(commandsOfBlock('\n# only a comment\n')).toEqual([]);
  });
});

describe('files for create -f', () => {
  it('finds -f arguments', () => {
    expect(referencedFiles('kubectl create -f pod.yaml')).toEqual(['pod.yaml']);
    expect(referencedFiles('kubectl apply --filename=./a.yaml -f b.yaml')).toEqual(['a.yaml', 'b.yaml']);
    expect(referencedFiles('kubectl create -f -')).toEqual([]);
  });

  it('records only the files a command reads', () => {
    const files = { 'pod.yaml': 'kind: Pod', 'rs.yaml': 'kind: ReplicaSet' };
    expect(filesForCommand('kubectl create -f pod.yaml', files)).toEqual({ 'pod.yaml': 'kind: Pod' });
    expect(filesForCommand('kubectl get pods', files)).toBeUndefined();
    expect(filesForCommand('kubectl create -f missing.yaml', files)).toBeUndefined();
  });

  it('reads the titled YAML blocks of a page', () => {
    const el = (name: string | null, content: string | null) => ({
      getAttribute: (a: string) => (a === 'data-sim-file' ? name : a === 'data-sim-file-content' ? content : null),
    });
    const root = { querySelectorAll: () => [el('pod.yaml', 'kind: Pod'), el(null, 'x'), el('b.yaml', null)] };
    expect(pageFiles(root)).toEqual({ 'pod.yaml': 'kind: Pod' });
  });
});
