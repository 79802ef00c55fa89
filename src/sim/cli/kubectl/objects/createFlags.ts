import type { FlagSpec } from '../flags.ts';

/**
 * Flags of the create subcommands in objects/ (configmap, secret generic, job, cronjob,
 * serviceaccount, role, clusterrole, rolebinding, clusterrolebinding), declared on kubectl's create
 * verb, which parses every subcommand's flags. `--user` shadows the global kubeconfig flag, as the
 * binding commands' own --user does in kubectl.
 */
export const OBJECT_CREATE_FLAGS: FlagSpec[] = [
  { name: 'from-literal', type: 'stringArray', default: [] },
  { name: 'from-file', type: 'stringArray', default: [] },
  { name: 'from-env-file', type: 'stringArray', default: [] },
  { name: 'append-hash', type: 'bool', default: false },
  { name: 'type', type: 'string' },
  { name: 'from', type: 'string' },
  { name: 'schedule', type: 'string' },
  { name: 'restart', type: 'string' },
  { name: 'verb', type: 'stringArray', default: [] },
  { name: 'resource', type: 'stringArray', default: [] },
  { name: 'resource-name', type: 'stringArray', default: [] },
  { name: 'non-resource-url', type: 'stringArray', default: [] },
  { name: 'role', type: 'string' },
  { name: 'clusterrole', type: 'string' },
  { name: 'user', type: 'stringArray', default: [] },
  { name: 'group', type: 'stringArray', default: [] },
  { name: 'serviceaccount', type: 'stringArray', default: [] },
];
