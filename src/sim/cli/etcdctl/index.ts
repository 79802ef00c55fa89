/**
 * etcdctl 3.4 for the simulation: a pure program that turns a command line into requests to etcd
 * members and formats their answers exactly as etcdctl prints them. See src/sim/etcd/README.md.
 */
import { etcdctlProgram } from './program.ts';
import type { CallOutcome, EtcdctlCall, EtcdctlContext, EtcdctlResult } from './types.ts';

export { etcdctlProgram } from './program.ts';
export { INTERRUPTED_EXIT } from './commands/watch.ts';
export type * from './types.ts';

/** Runs etcdctl to completion, answering each request through `answer` (synchronously). */
export function runEtcdctl(argv: string[], ctx: EtcdctlContext, answer: (call: EtcdctlCall) => CallOutcome): EtcdctlResult {
  const program = etcdctlProgram(argv, ctx);
  let step = program.next();
  // Bounded: a program yields once per request it makes (a handful per command).
  for (let guard = 0; !step.done; guard++) {
    if (guard > 10_000) throw new Error('etcdctl made too many requests');
    step = program.next(answer(step.value));
  }
  return step.value;
}
