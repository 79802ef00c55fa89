import { allResources, apiVersionOf } from '../../../api/resources.ts';
import { out, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { formatTable } from '../table.ts';

/** kubectl api-resources and cluster-info over the engine's resource registry. */
function* apiResources(ctx: KubectlContext): CommandGenerator {
  const rows = allResources()
    .filter((rk) => ctx.flags.namespaced === undefined || String(rk.namespaced) === String(ctx.flags.namespaced))
    .sort((a, b) => (a.group === b.group ? (a.plural < b.plural ? -1 : 1) : a.group === '' ? -1 : b.group === '' ? 1 : a.group < b.group ? -1 : 1))
    .map((rk) => [rk.plural, rk.shortNames.join(','), apiVersionOf(rk), String(rk.namespaced), rk.kind]);
  out(ctx.io, formatTable([['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'], ...rows]));
  return 0;
}

registerVerb({ name: 'api-resources', flags: [{ name: 'namespaced', type: 'string' }, { name: 'output', short: 'o', type: 'string' }], run: apiResources });

registerVerb({
  name: 'cluster-info',
  flags: [],
  *run(ctx) {
    out(ctx.io, 'Kubernetes control plane is running at https://192.168.1.10:6443\nCoreDNS is running at https://192.168.1.10:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use \'kubectl cluster-info dump\'.');
    return 0;
  },
});
