// The `kubectl set` subcommands besides image (env, resources, selector) and the flags they add.
import type { CommandGenerator } from '../../command.ts';
import type { FlagSpec } from '../flags.ts';
import type { KubectlContext } from '../registry.ts';
import { setEnv } from './setEnv.ts';
import { setResources } from './setResources.ts';
import { setSelector } from './setSelector.ts';

export const SET_EDITS: Record<string, (ctx: KubectlContext, args: string[]) => CommandGenerator> = {
  env: setEnv,
  resources: setResources,
  selector: setSelector,
};

export const SET_EDIT_FLAGS: FlagSpec[] = [
  { name: 'containers', short: 'c', type: 'string', default: '*' },
  { name: 'env', short: 'e', type: 'stringArray', default: [] },
  { name: 'list', type: 'bool', default: false },
  { name: 'from', type: 'string' },
  { name: 'limits', type: 'string' },
  { name: 'requests', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all', type: 'bool', default: false },
  { name: 'local', type: 'bool', default: false },
  { name: 'overwrite', type: 'bool', default: true },
  { name: 'resource-version', type: 'string' },
  { name: 'field-manager', type: 'string' },
];
