// `kubectl annotate` as kubectl 1.33 does it: pairs after the resources (key=value, key-), the
// no-overwrite check (kubernetes.io/change-cause may always be overwritten), a JSON merge patch per
// object, --local on files, --list, --dry-run and -o. Texts recorded in tests/golden/cli-gaps.
import type { KubeObject } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { DRY_RUN_FLAG, printWritten, type DryRun } from '../dryRun.ts';
import { visitResources, type ResourceInfo } from '../resourceArgs.ts';
import { effectiveOutput, isGoTemplateOutput } from '../templatePrinters.ts';

const CHANGE_CAUSE = 'kubernetes.io/change-cause';
const OUTPUTS = 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

/** cmdutil.GetResourcesAndPairs: resources first, then pairs; a pair has `=` (not first) or ends in `-`. */
export function splitResourcesAndPairs(args: string[], pairType: string): { resources: string[]; pairs: string[]; error?: string } {
  const resources: string[] = [];
  const pairs: string[] = [];
  let foundPair = false;
  for (const s of args) {
    const isPair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (isPair) {
      foundPair = true;
      pairs.push(s);
    } else if (foundPair) return { resources, pairs, error: `all resources must be specified before ${pairType} changes: ${s}` };
    else resources.push(s);
  }
  return { resources, pairs };
}

/** cmdutil.ParsePairs with removal: later key=value wins, key- removes. */
function parsePairs(pairs: string[]): { set: Map<string, string>; remove: string[] } {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq > 0) set.set(p.slice(0, eq), p.slice(eq + 1));
    else remove.push(p.slice(0, -1));
  }
  return { set, remove };
}

function* annotate(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const split = splitResourcesAndPairs(ctx.args, 'annotation');
  if (split.error) {
    err(io, `error: ${split.error}`);
    return 1;
  }
  const { set, remove } = parsePairs(split.pairs);
  const files = (flags.filename as string[]) ?? [];
  const local = !!flags.local;
  const list = !!flags.list;
  const selector = flags.selector as string | undefined;
  const output = effectiveOutput(flags.output as string | undefined, flags.template as string | undefined);
  const dryRun = ctx.dryRun;
  if (output !== undefined && !['yaml', 'json', 'name'].includes(output) && !output.startsWith('jsonpath') && !isGoTemplateOutput(output)) {
    err(io, `error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${OUTPUTS}`);
    return 1;
  }
  // AnnotateOptions.Validate, in its order.
  const invalid = (text: string) => {
    err(io, `error: ${text}`);
    return 1;
  };
  if (flags.all && selector) return invalid('cannot set --all and --selector at the same time');
  if (!local) {
    if (split.resources.length < 1 && files.length === 0) return invalid('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  } else {
    if (dryRun === 'server') return invalid('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
    if (split.resources.length > 0) return invalid('can only use local files by -f rsrc.yaml or --filename=rsrc.json when --local=true is set');
    if (files.length === 0) return invalid('one or more files must be specified as -f rsrc.yaml or --filename=rsrc.json');
  }
  if (set.size < 1 && remove.length < 1 && !list) return invalid('at least one annotation update is required');
  const both = remove.filter((k) => set.has(k));
  if (both.length) return invalid(`can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`);

  const visited = yield* visitResources(ctx, { args: split.resources, files, selector, all: !!flags.all, local });
  if (visited.fatal) {
    err(io, visited.fatal);
    return 1;
  }
  const resourceVersion = flags['resource-version'] as string | undefined;
  if (!visited.singleItemImplied && resourceVersion) return invalid('--resource-version may only be used with a single resource');
  let exit = 0;
  for (const info of visited.infos) {
    const code = yield* annotateOne(ctx, info, { set, remove, list, local, dryRun, output, resourceVersion, singleItemImplied: visited.singleItemImplied });
    if (code !== 0) exit = code;
  }
  for (const e of visited.errors) err(io, e);
  return visited.errors.length ? 1 : exit;
}

interface AnnotateOptions {
  set: Map<string, string>;
  remove: string[];
  list: boolean;
  local: boolean;
  dryRun: DryRun;
  output: string | undefined;
  resourceVersion: string | undefined;
  singleItemImplied: boolean;
}

/** updateAnnotations on a copy: the no-overwrite check, then set and remove. */
function updatedAnnotations(ctx: KubectlContext, current: Record<string, string>, o: AnnotateOptions): Record<string, string> | string {
  if (!ctx.flags.overwrite) {
    const clashes: string[] = [];
    for (const [key, value] of o.set) {
      if (key === CHANGE_CAUSE) continue;
      if (key in current && current[key] !== value) clashes.push(`'${key}' already has a value (${current[key]})`);
    }
    if (clashes.length) return `error: --overwrite is false but found the following declared annotation(s): ${clashes.join('; ')}`;
  }
  const next = { ...current };
  for (const [key, value] of o.set) next[key] = value;
  for (const key of o.remove) delete next[key];
  return next;
}

function* annotateOne(ctx: KubectlContext, info: ResourceInfo, o: AnnotateOptions): CommandGenerator {
  const { io } = ctx;
  const obj = info.object;
  const current = obj.metadata.annotations ?? {};
  const next = updatedAnnotations(ctx, current, o);
  if (typeof next === 'string') {
    err(io, next);
    return 1;
  }
  let result: KubeObject = { ...obj, metadata: { ...obj.metadata, annotations: next } };
  if (o.resourceVersion) result.metadata.resourceVersion = o.resourceVersion;
  // kubectl changes the object only in memory for a client dry run, --local and --list.
  if (o.dryRun !== 'client' && !o.local && !o.list) {
    const patch: Record<string, string | null> = {};
    for (const [key, value] of o.set) if (current[key] !== value) patch[key] = value;
    for (const key of o.remove) if (key in current) patch[key] = null;
    // An empty merge patch changes nothing on the server (it skips no-op writes): the simulation
    // does not send it.
    if (Object.keys(patch).length || o.resourceVersion) {
      const metadata: Record<string, unknown> = { annotations: patch };
      if (o.resourceVersion) metadata.resourceVersion = o.resourceVersion;
      const namespace = info.rk.namespaced ? obj.metadata.namespace : undefined;
      const r = yield* api({ verb: 'patch', resource: info.rk.plural, namespace, name: obj.metadata.name, patch: { metadata } });
      if (!r.ok) {
        err(io, kubectlErrorText(r));
        return 1;
      }
      result = r.object ?? result;
    } else result = obj;
  }
  if (o.list) {
    const indent = o.singleItemImplied ? '' : ' ';
    if (!o.singleItemImplied) out(io, `Listing annotations for ${result.kind}.${info.rk.group}/${result.metadata.name}:`);
    // Go ranges over the map in random order; the simulation lists the keys sorted.
    const annotations = result.metadata.annotations ?? {};
    for (const key of Object.keys(annotations).sort()) out(io, `${indent}${key}=${annotations[key]}`);
    return 0;
  }
  return printWritten(ctx, { rk: info.rk, obj: result, operation: 'annotated', sorted: true }) ? 0 : 1;
}

registerVerb({
  name: 'annotate',
  flags: [
    { name: 'overwrite', type: 'bool', default: false },
    { name: 'all', type: 'bool', default: false },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'list', type: 'bool', default: false },
    { name: 'local', type: 'bool', default: false },
    { name: 'resource-version', type: 'string' },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    DRY_RUN_FLAG,
    { name: 'output', short: 'o', type: 'string' },
    { name: 'show-managed-fields', type: 'bool', default: false },
    { name: 'allow-missing-template-keys', type: 'bool', default: true },
    { name: 'template', type: 'string' },
    { name: 'field-manager', type: 'string', default: 'kubectl-annotate' },
  ],
  run: annotate,
});
