// `kubectl set env (-f FILE | TYPE NAME | TYPE -l SEL) NAME=VALUE ... NAME- ... [--list] [-c CONTAINER]`
// (staging/src/k8s.io/kubectl/pkg/cmd/set/set_env.go): updates the env of the pod template's
// containers and sends the change as a strategic merge patch (env is merged by name); `--list`
// prints the env of each container. Simplification: --from, --keys, --prefix, --resolve and -e from
// files are not simulated (ConfigMap/Secret sources say so).
import type { Container, KubeObject } from '../../../api/types.ts';
import { clone } from '../../../api/meta.ts';
import { err, out, type CommandGenerator } from '../../command.ts';
import type { KubectlContext } from '../registry.ts';
import { visitResources } from '../resourceArgs.ts';
import { sendEdit } from '../sendEdit.ts';
import { podSpecOf, selectContainers } from './podTemplateOf.ts';

type EnvVar = { name: string; value?: string; valueFrom?: unknown };

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

function envNameError(name: string): string {
  return `error: "${name}" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`;
}

/** cmdutil.SplitEnvFromResources: resources first, then from the first NAME=VALUE or NAME- on, env. */
function splitArgs(args: string[]): { resources: string[]; env: string[] } {
  const at = args.findIndex((a) => a.includes('=') || (a.endsWith('-') && a !== '-'));
  return at < 0 ? { resources: args, env: [] } : { resources: args.slice(0, at), env: args.slice(at) };
}

export function* setEnv(ctx: KubectlContext, args: string[]): CommandGenerator {
  const { io, flags } = ctx;
  if (flags.from) {
    err(io, 'error: kubectl set env --from is not available in this simulation (set the variables one by one)');
    return 1;
  }
  const split = splitArgs(args);
  const envArgs = [...split.env, ...((flags.env as string[] | undefined) ?? [])];
  const add: EnvVar[] = [];
  const remove: string[] = [];
  for (const a of envArgs) {
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(0, eq) : a.slice(0, -1);
    if (!ENV_NAME.test(name)) {
      err(io, envNameError(name));
      return 1;
    }
    if (eq >= 0) add.push({ name, value: a.slice(eq + 1) });
    else remove.push(name);
  }
  const visited = yield* visitResources(ctx, {
    args: split.resources, files: (flags.filename as string[]) ?? [], selector: flags.selector as string | undefined, all: !!flags.all, local: !!flags.local,
  });
  if (visited.fatal) {
    err(io, visited.fatal);
    return 1;
  }
  let exit = 0;
  const pattern = String(flags.containers ?? '*');
  for (const { rk, object } of visited.infos) {
    const after = clone(object) as KubeObject;
    const spec = podSpecOf(after);
    const containers = spec ? selectContainers(spec, pattern) : [];
    if (!spec || containers.length === 0) {
      if (spec) err(io, `Warning: ${object.kind}/${object.metadata.name} does not have any containers matching "${pattern}"`);
      else {
        err(io, `error: ${object.kind}/${object.metadata.name} is not supported`);
        exit = 1;
      }
      continue;
    }
    if (flags.list) {
      for (const c of containers) out(io, listEnv(object, c));
      continue;
    }
    for (const c of containers) c.env = updatedEnv((c.env ?? []) as EnvVar[], add, remove);
    for (const c of containers) if (c.env && c.env.length === 0) delete c.env;
    const code = yield* sendEdit(ctx, rk, object, after, 'env updated');
    if (code) exit = code;
  }
  for (const e of visited.errors) {
    err(io, e);
    exit = 1;
  }
  return exit;
}

function updatedEnv(env: EnvVar[], add: EnvVar[], remove: string[]): EnvVar[] {
  const next = env.map((e) => ({ ...e }));
  for (const a of add) {
    const at = next.findIndex((e) => e.name === a.name);
    if (at >= 0) next[at] = { ...a };
    else next.push({ ...a });
  }
  return next.filter((e) => !remove.includes(e.name));
}

function listEnv(obj: KubeObject, c: Container): string {
  const lines = [`# ${obj.kind} ${obj.metadata.name}, container ${c.name}`];
  for (const e of (c.env ?? []) as EnvVar[]) {
    if (e.value !== undefined || !e.valueFrom) lines.push(`${e.name}=${e.value ?? ''}`);
    else lines.push(`# ${e.name} from ${describeSource(e.valueFrom)}`);
  }
  return lines.join('\n');
}

function describeSource(from: unknown): string {
  const f = from as { fieldRef?: { fieldPath?: string }; configMapKeyRef?: { name?: string; key?: string }; secretKeyRef?: { name?: string; key?: string }; resourceFieldRef?: { resource?: string } };
  if (f.fieldRef) return `field path ${f.fieldRef.fieldPath ?? ''}`;
  if (f.configMapKeyRef) return `configmap ${f.configMapKeyRef.name ?? ''}, key ${f.configMapKeyRef.key ?? ''}`;
  if (f.secretKeyRef) return `secret ${f.secretKeyRef.name ?? ''}, key ${f.secretKeyRef.key ?? ''}`;
  if (f.resourceFieldRef) return `resource ${f.resourceFieldRef.resource ?? ''}`;
  return 'an unknown source';
}
