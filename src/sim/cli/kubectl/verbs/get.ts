import type { KubeObject } from '../../../api/types.ts';
import { api, err, out, type CommandGenerator } from '../../command.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { listOf, toJson, toYaml } from '../output.ts';
import { genericRow } from '../printers.ts';
import { findPrinter, registerVerb, type KubectlContext } from '../registry.ts';
import { columnWidths, formatTable } from '../table.ts';
import { evalPath } from '../jsonpath.ts';
import { printTemplate } from '../templatePrinters.ts';
import { kindPrefix, parseTargets, TargetError } from '../targets.ts';
import { rawGet } from '../rawGet.ts';
import { listErrorText } from '../listErrors.ts';
import { parseFieldSelector, parseLabelSelector } from '../../../apiserver/selectors.ts';
import { parseDurationMs } from '../nodes/duration.ts';

const REQUIRED_RESOURCE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples`;

function* get(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  if (flags.raw !== undefined) return yield* rawGet(ctx);
  if (ctx.args.length === 0) {
    err(io, REQUIRED_RESOURCE);
    return 1;
  }
  const output = String(flags.output ?? '');
  if (output && !['wide', 'yaml', 'json', 'name'].includes(output) && !output.startsWith('jsonpath') && !output.startsWith('custom-columns')) {
    err(io, `error: unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`);
    return 1;
  }
  let targets;
  try {
    targets = parseTargets(ctx.args);
  } catch (e) {
    if (e instanceof TargetError) {
      err(io, `error: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const allNamespaces = !!flags['all-namespaces'];
  const ns = allNamespaces ? undefined : ctx.namespace;
  const collected: { target: (typeof targets)[number]; items: KubeObject[] }[] = [];
  let exit = 0;
  const errors: string[] = [];
  for (const target of targets) {
    const rk = target.rk;
    const namespace = rk.namespaced ? ns : undefined;
    if (target.names.length) {
      const items: KubeObject[] = [];
      for (const name of target.names) {
        const r = yield* api({ verb: 'get', resource: rk.plural, namespace: rk.namespaced ? ctx.namespace : undefined, name });
        if (r.ok && r.object) items.push(r.object);
        else if (!r.ok) {
          errors.push(kubectlErrorText(r));
          exit = 1;
        }
      }
      collected.push({ target, items });
    } else {
      const r = yield* api({
        verb: 'list', resource: rk.plural, namespace,
        labelSelector: flags.selector as string | undefined, fieldSelector: flags['field-selector'] as string | undefined,
      });
      if (!r.ok) {
        err(io, listErrorText(rk, flags.selector as string | undefined, flags['field-selector'] as string | undefined, r));
        return 1;
      }
      collected.push({ target, items: r.items ?? [] });
    }
  }
  const watching = !!flags.watch || !!flags['watch-only'];
  const sortBy = flags['sort-by'] as string | undefined;
  if (sortBy) {
    for (const c of collected) {
      const key = (o: KubeObject) => evalPath(o, sortBy)[0];
      c.items = [...c.items].sort((a, b) => compareValues(key(a), key(b)));
    }
  }
  const all = collected.flatMap((c) => c.items);
  const singleNamed = targets.length === 1 && targets[0].names.length === 1 && !targets[0].multi;
  if (output.startsWith('jsonpath') || output.startsWith('custom-columns')) {
    const value = singleNamed && all.length === 1 ? all[0] : listOf(all);
    if (!printTemplate(io, output, value, all, !!flags['no-headers'])) return 1;
    for (const e of errors) err(io, e);
    return exit;
  }
  if (output === 'yaml' || output === 'json') {
    if (all.length || !errors.length) {
      const value = singleNamed && all.length === 1 ? all[0] : listOf(all);
      out(io, output === 'yaml' ? toYaml(value) : toJson(value, true));
    }
  } else if (output === 'name') {
    for (const c of collected) for (const o of c.items) out(io, `${kindPrefix(c.target.rk)}/${o.metadata.name}`);
  } else {
    const now = io.now();
    const wide = output === 'wide';
    const blocks: string[] = [];
    for (const c of collected) {
      if (c.items.length === 0) continue;
      const printer = findPrinter(c.target.rk.plural);
      const header = printer ? printer.columns(wide) : ['NAME', 'AGE'];
      const rows = c.items.map((o) => (printer ? printer.row(o, { now, wide }) : genericRow(o, now)));
      if (c.target.multi) for (const row of rows) row[0] = `${kindPrefix(c.target.rk)}/${row[0]}`;
      if (allNamespaces && c.target.rk.namespaced) {
        header.unshift('NAMESPACE');
        rows.forEach((row, i) => row.unshift(c.items[i].metadata.namespace ?? ''));
      }
      if (flags['show-labels']) {
        header.push('LABELS');
        rows.forEach((row, i) => row.push(formatLabels(c.items[i].metadata.labels)));
      }
      for (const l of (flags['label-columns'] as string[] | undefined) ?? []) {
        for (const key of l.split(',')) {
          header.push(key.split('/').pop()!.toUpperCase());
          rows.forEach((row, i) => row.push(c.items[i].metadata.labels?.[key] ?? ''));
        }
      }
      // --output-watch-events: the listed objects are the watch's first ADDED events.
      if (flags['output-watch-events'] && watching) {
        header.unshift('EVENT');
        for (const row of rows) row.unshift('ADDED');
      }
      if (!flags['watch-only']) blocks.push(formatTable(flags['no-headers'] ? rows : [header, ...rows]));
    }
    if (blocks.length) out(io, blocks.join('\n'));
  }
  for (const e of errors) err(io, e);
  if (all.length === 0 && errors.length === 0 && !['yaml', 'json'].includes(output) && !watching) {
    const anyNamespaced = targets.some((t) => t.rk.namespaced);
    if (!anyNamespaced || allNamespaces) err(io, 'No resources found');
    else err(io, `No resources found in ${ctx.namespace} namespace.`);
  }
  if (watching && targets.length === 1 && (output === '' || output === 'wide')) {
    yield* watchRows(ctx, targets[0], ns, flags['watch-only'] ? [] : all);
  }
  return exit;
}

export function formatLabels(labels: Record<string, string> | undefined): string {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
}

registerVerb({
  name: 'get',
  flags: [
    { name: 'output', short: 'o', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'show-labels', type: 'bool', default: false },
    { name: 'label-columns', short: 'L', type: 'stringArray', default: [] },
    { name: 'no-headers', type: 'bool', default: false },
    { name: 'watch', short: 'w', type: 'bool', default: false },
    { name: 'watch-only', type: 'bool', default: false },
    { name: 'output-watch-events', type: 'bool', default: false },
    { name: 'show-kind', type: 'bool', default: false },
    { name: 'sort-by', type: 'string' },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    { name: 'raw', type: 'string' },
  ],
  run: get,
});

/**
 * kubectl get -w: after the table, one row per change of a watched object (without the header),
 * also the last state of a deleted one; with --output-watch-events each row starts with the event
 * (MODIFIED, DELETED, ADDED for a new object). The API server's label and field selectors pick the
 * objects. Bounded in the simulation: the watch ends when the cluster has settled (real kubectl
 * runs until Ctrl-C), after --request-timeout, or after 10 virtual minutes.
 */
function* watchRows(ctx: KubectlContext, target: ReturnType<typeof parseTargets>[number], namespace: string | undefined, initial: KubeObject[]): CommandGenerator {
  const { io, flags } = ctx;
  const printer = findPrinter(target.rk.plural);
  const wide = flags.output === 'wide';
  const events = !!flags['output-watch-events'];
  const labels = parseLabelSelector(flags.selector as string | undefined);
  const fields = parseFieldSelector(flags['field-selector'] as string | undefined);
  const seen = new Map<string, KubeObject>();
  const keyOf = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;
  const matches = (o: KubeObject) => (target.names.length === 0 || target.names.includes(o.metadata.name!)) && labels(o.metadata.labels ?? {}) && fields(o);
  // The watch starts where the list ended: --watch-only printed nothing of it, but knows it.
  const start = flags['watch-only'] ? io.peekList(target.rk.plural, target.rk.namespaced ? namespace : undefined).filter(matches) : initial;
  for (const o of start) seen.set(keyOf(o), o);
  // tabwriter.RememberWidths: each flushed row keeps the widest column widths seen so far.
  const headerRow = [...(events ? ['EVENT'] : []), ...(printer ? printer.columns(wide) : ['NAME', 'AGE'])];
  const rowOf = (o: KubeObject, event: string) => [...(events ? [event] : []), ...(printer ? printer.row(o, { now: io.now(), wide }) : genericRow(o, io.now()))];
  const widths = columnWidths([headerRow, ...initial.map((o) => rowOf(o, 'ADDED'))]);
  const emit = (o: KubeObject, event: string) => {
    const row = rowOf(o, event);
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 6, [...cell].length + 3);
    });
    out(io, row.map((cell, i) => (i < row.length - 1 ? cell + ' '.repeat(Math.max(0, widths[i] - [...cell].length)) : cell)).join(''));
  };
  const requestTimeout = parseDurationMs(String(flags['request-timeout'] ?? '0')) ?? 0;
  yield {
    type: 'waitFor',
    background: true,
    timeoutMs: requestTimeout > 0 ? requestTimeout : 600_000,
    predicate: () => {
      const present = new Set<string>();
      for (const o of io.peekList(target.rk.plural, target.rk.namespaced ? namespace : undefined)) {
        if (!matches(o)) continue;
        const key = keyOf(o);
        present.add(key);
        const before = seen.get(key);
        if (before?.metadata.resourceVersion === o.metadata.resourceVersion) continue;
        seen.set(key, o);
        emit(o, before ? 'MODIFIED' : 'ADDED');
      }
      for (const [key, o] of seen) {
        if (present.has(key) || !matches(o)) continue;
        seen.delete(key);
        emit(o, 'DELETED');
      }
      return requestTimeout > 0 ? false : io.quiet();
    },
  };
  return 0;
}

/**
 * kubectl's --sort-by order: numbers by value, strings in natural order (digit runs compared as
 * numbers, as k8s.io/utils' sortorder.NaturalLess: pod-2 before pod-10), missing values first.
 */
function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return naturalCompare(a, b);
  const x = a === undefined ? '' : typeof a === 'object' ? JSON.stringify(a) : String(a);
  const y = b === undefined ? '' : typeof b === 'object' ? JSON.stringify(b) : String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Natural string order: runs of digits compare by value, everything else byte by byte. */
function naturalCompare(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const x = a.match(re) ?? [];
  const y = b.match(re) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    const pd = /^\d/.test(p);
    const qd = /^\d/.test(q);
    if (pd && qd) {
      const d = Number(p.replace(/^0+/, '') || '0') - Number(q.replace(/^0+/, '') || '0');
      if (d !== 0) return d;
      return p.length - q.length;
    }
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}
