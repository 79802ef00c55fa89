import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRun, encodeRun, type SharedRun } from '../../components/sim/model/url-state.ts';
import type { Input } from '../../components/sim/model/session.ts';

const inputArb: fc.Arbitrary<Input> = fc.oneof(
  fc.record({ at: fc.nat(5000), cmd: fc.string() }),
  fc.record({ at: fc.nat(5000), cmd: fc.string(), files: fc.dictionary(fc.string({ minLength: 1 }), fc.string()) }),
  fc.record({
    at: fc.nat(5000),
    fault: fc.constantFrom('stopKubelet', 'startKubelet', 'stopEtcdMember', 'startEtcdMember', 'deletePod'),
    target: fc.string(),
  }),
) as fc.Arbitrary<Input>;

const runArb: fc.Arbitrary<SharedRun> = fc.record({
  scenario: fc.constantFrom('pods', 'etcd', 'kube-scheduler'),
  seed: fc.nat(1 << 30),
  position: fc.nat(100000),
  inputs: fc.array(inputArb, { maxLength: 8 }),
});

describe('share links', () => {
  it('round-trips any run, including Korean text and YAML files', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const hash = encodeRun(run);
        expect(hash.startsWith('#sim=')).toBe(true);
        expect(hash).toMatch(/^#sim=[A-Za-z0-9_-]*$/);
        expect(decodeRun(hash)).toEqual(run);
      }),
    );
    const run: SharedRun = {
      scenario: 'pods',
      seed: 1,
      position: 12,
      inputs: [{ at: 3, cmd: 'kubectl create -f pod.yaml', files: { 'pod.yaml': 'metadata:\n  name: 파드\n' } }],
    };
    expect(decodeRun(encodeRun(run))).toEqual(run);
  });

  it('ignores anything that is not a well-formed run', () => {
    for (const hash of ['', '#intro', '#sim=', '#sim=%%%', '#sim=' + btoa('[1,2,3]'), '#sim=' + btoa('["pods",1,2,[[0,"x"]]]')]) {
      expect(decodeRun(hash)).toBeUndefined();
    }
    expect(decodeRun('#sim=' + btoa('["pods",-1,0,[]]'))).toBeUndefined();
    expect(decodeRun('#sim=' + btoa('["pods",1,0,[[0,"f","explode","x"]]]'))).toBeUndefined();
  });

  it('never throws on random hashes', () => {
    fc.assert(fc.property(fc.string(), (s) => void decodeRun('#sim=' + s)));
  });
});
