// `kubectl api-resources` and `kubectl api-versions` (kubectl 1.33 apiresources/apiresources.go and
// apiversions.go) over the discovery a kubeadm 1.33 API server serves (api/discoveryTable.ts).
import { DISCOVERY_1_33, servedApiVersions, type DiscoveredResource } from '../../../api/discoveryTable.ts';
import { err, out, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { formatTable } from '../table.ts';

function apiVersion(r: DiscoveredResource): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

/** kubectl's sortableResource: by group (or --sort-by name|kind), then by name; stable. */
function sortResources(rows: DiscoveredResource[], sortBy: string): DiscoveredResource[] {
  const key = (r: DiscoveredResource) => (sortBy === 'name' ? r.name : sortBy === 'kind' ? r.kind : r.group);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const ka = key(a.r);
      const kb = key(b.r);
      if (ka !== kb) return ka < kb ? -1 : 1;
      if (a.r.name !== b.r.name) return a.r.name < b.r.name ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.r);
}

function* apiResources(ctx: KubectlContext): CommandGenerator {
  const { flags, changed, io } = ctx;
  const output = (flags.output as string | undefined) ?? '';
  if (output !== '' && output !== 'wide' && output !== 'name') {
    err(io, `error: --output ${output} is not available`);
    return 1;
  }
  const sortBy = (flags['sort-by'] as string | undefined) ?? '';
  if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind') {
    err(io, 'error: --sort-by accepts only name or kind');
    return 1;
  }
  const verbs = ((flags.verbs as string[]) ?? []).flatMap((v) => v.split(',')).filter(Boolean);
  const categories = ((flags.categories as string[]) ?? []).flatMap((v) => v.split(',')).filter(Boolean);
  const rows = DISCOVERY_1_33.filter((r) => {
    if (changed.has('api-group') && r.group !== flags['api-group']) return false;
    if (changed.has('namespaced') && r.namespaced !== flags.namespaced) return false;
    if (verbs.length && !verbs.every((v) => r.verbs.includes(v))) return false;
    if (categories.length && !categories.every((c) => r.categories?.includes(c))) return false;
    return true;
  });
  const sorted = sortResources(rows, sortBy);
  if (output === 'name') {
    out(io, sorted.map((r) => (r.group ? `${r.name}.${r.group}` : r.name)).join('\n'));
    return 0;
  }
  const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(output === 'wide' ? ['VERBS', 'CATEGORIES'] : [])];
  const table = sorted.map((r) => [
    r.name, r.shortNames.join(','), apiVersion(r), String(r.namespaced), r.kind,
    ...(output === 'wide' ? [r.verbs.join(','), (r.categories ?? []).join(',')] : []),
  ]);
  if (table.length === 0 && flags['no-headers']) return 0;
  io.stdout.push(formatTable(flags['no-headers'] ? table : [header, ...table]));
  return 0;
}

registerVerb({
  name: 'api-resources',
  flags: [
    { name: 'namespaced', type: 'bool', default: true },
    { name: 'api-group', type: 'string', default: '' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'no-headers', type: 'bool', default: false },
    { name: 'sort-by', type: 'string', default: '' },
    { name: 'verbs', type: 'stringArray', default: [] },
    { name: 'categories', type: 'stringArray', default: [] },
    { name: 'cached', type: 'bool', default: false },
  ],
  run: apiResources,
});

registerVerb({
  name: 'api-versions',
  flags: [],
  *run(ctx) {
    out(ctx.io, servedApiVersions().join('\n'));
    return 0;
  },
});
