import { err, out, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { NO_RESOURCES, visitResources } from '../resourceArgs.ts';
import { kindPrefix } from '../targets.ts';
import { conditionMet, parseWaitFor, WaitForError } from './waitCondition.ts';
import { invalidDuration, parseDurationMs } from './duration.ts';

// kubectl wait (kubectl/pkg/cmd/wait): the objects are read once through the API; then each is
// waited for in turn on the API server's watch cache as virtual time passes, all under one
// deadline (--timeout, 30s by default): once it has passed, the objects not yet visited time out
// without being looked at, as kubectl's shared context makes them.

/** --timeout=-1 means a week (kubectl's "infinite"). */
const WEEK_MS = 7 * 24 * 3_600_000;

function* wait(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  let waitFor;
  try {
    waitFor = parseWaitFor(String(flags.for ?? ''));
  } catch (e) {
    if (!(e instanceof WaitForError)) throw e;
    err(io, `error: ${e.message}`);
    return 1;
  }
  const timeoutText = String(flags.timeout ?? '30s');
  let timeoutMs = parseDurationMs(timeoutText);
  if (timeoutMs === undefined) {
    err(io, invalidDuration('timeout', timeoutText, 'wait'));
    return 1;
  }
  if (timeoutMs < 0) timeoutMs = WEEK_MS;
  const files = (flags.filename as string[]) ?? [];
  if (!ctx.args.length && !files.length) {
    err(io, `error: ${NO_RESOURCES}`);
    return 1;
  }
  const visit = yield* visitResources(ctx, { args: ctx.args, files, selector: flags.selector as string | undefined, all: !!flags.all });
  if (visit.fatal) {
    err(io, visit.fatal);
    return 1;
  }
  // --for=delete: an object that is already gone is what was asked for.
  const readErrors = visit.errors.filter((e) => !(waitFor.type === 'delete' && e.startsWith('Error from server (NotFound)')));
  if (readErrors.length) {
    for (const e of readErrors) err(io, e);
    return 1;
  }
  if (!visit.infos.length) {
    if (waitFor.type === 'delete' || visit.errors.length) return 0;
    err(io, 'error: no matching resources found');
    return 1;
  }
  const deadline = io.now() + timeoutMs;
  const errors: string[] = [];
  for (const { rk, object } of visit.infos) {
    const name = object.metadata.name ?? '';
    const namespace = rk.namespaced ? object.metadata.namespace : undefined;
    const uid = object.metadata.uid;
    const met = () => {
      const current = io.peek(rk.plural, namespace, name);
      if (waitFor.type === 'delete') return !current || current.metadata.uid !== uid;
      return !!current && conditionMet(current, waitFor);
    };
    const left = deadline - io.now();
    let ok = (timeoutMs === 0 || left > 0) && met();
    if (!ok && left > 0) ok = (yield { type: 'waitFor', timeoutMs: left, predicate: met }) as boolean;
    if (ok) out(io, `${kindPrefix(rk)}/${name} condition met`);
    else errors.push(`timed out waiting for the condition on ${rk.plural}/${name}`);
  }
  if (!errors.length) return 0;
  // cmdutil.CheckErr: one error with "error: ", an aggregate of several one per line.
  err(io, errors.length === 1 ? `error: ${errors[0]}` : errors.join('\n'));
  return 1;
}

registerVerb({
  name: 'wait',
  flags: [
    { name: 'for', type: 'string', default: '' },
    { name: 'timeout', type: 'string', default: '30s' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all', type: 'bool', default: false },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'field-selector', type: 'string' },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'local', type: 'bool', default: false },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run: wait,
});
