import { out } from '../../command.ts';
import { registerVerb } from '../registry.ts';

/** kubectl cluster-info (api-resources and api-versions: apiResources.ts). */
registerVerb({
  name: 'cluster-info',
  flags: [],
  *run(ctx) {
    out(ctx.io, 'Kubernetes control plane is running at https://192.168.1.10:6443\nCoreDNS is running at https://192.168.1.10:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use \'kubectl cluster-info dump\'.');
    return 0;
  },
});
