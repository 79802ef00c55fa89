// `kubectl create namespace` and `kubectl create quota`: the objects built on the client.
import type { Namespace, ResourceQuota } from '../../../api/types.ts';
import { amountOf, formatAmount } from '../../../apiserver/admission/resourceQuotaUsage.ts';
import { KubectlUsageError } from './serviceGenerators.ts';

export function createNamespaceObject(name: string): Namespace {
  return { kind: 'Namespace', apiVersion: 'v1', metadata: { name, creationTimestamp: null as unknown as string }, spec: {}, status: {} } as Namespace;
}

/** resource.ParseQuantity's accepted shape, and its error text. */
const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const QUANTITY_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** --hard "pods=10,requests.cpu=4" as kubectl parses it; values are printed back in canonical form. */
export function parseHard(text: string): Record<string, string> {
  const hard: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new KubectlUsageError(`Invalid argument syntax ${pair}, expected <resource>=<value>`);
    const resource = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (!QUANTITY.test(value)) throw new KubectlUsageError(QUANTITY_ERROR);
    hard[resource] = formatAmount(resource, amountOf(resource, value));
  }
  return Object.fromEntries(Object.entries(hard).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function createQuotaObject(name: string, hardText: string | undefined, scopesText?: string, namespace?: string): ResourceQuota {
  const metadata: ResourceQuota['metadata'] = { name };
  if (namespace) metadata.namespace = namespace;
  metadata.creationTimestamp = null as unknown as string;
  const spec: ResourceQuota['spec'] = {};
  if (hardText) spec.hard = parseHard(hardText);
  if (scopesText) spec.scopes = scopesText.split(',').filter(Boolean);
  return { kind: 'ResourceQuota', apiVersion: 'v1', metadata, spec, status: {} } as ResourceQuota;
}
