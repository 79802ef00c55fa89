import { out, type CommandGenerator } from '../../command.ts';
import { toJson, toYaml } from '../output.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';

/** kubectl version against the simulated v1.33.1 API server. */
const CLIENT = {
  buildDate: '2025-05-15T08:27:33Z', compiler: 'gc', gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828', gitTreeState: 'clean',
  gitVersion: 'v1.33.1', goVersion: 'go1.24.2', major: '1', minor: '33', platform: 'linux/amd64',
};
export const SERVER_VERSION = { ...CLIENT, buildDate: '2025-05-15T08:19:08Z', emulationMajor: '1', emulationMinor: '33', minCompatibilityMajor: '1', minCompatibilityMinor: '32' };

function* version(ctx: KubectlContext): CommandGenerator {
  const clientOnly = !!ctx.flags.client;
  const output = ctx.flags.output as string | undefined;
  if (output === 'yaml' || output === 'json') {
    const v = clientOnly ? { clientVersion: CLIENT, kustomizeVersion: 'v5.6.0' } : { clientVersion: CLIENT, kustomizeVersion: 'v5.6.0', serverVersion: SERVER_VERSION };
    out(ctx.io, output === 'yaml' ? `${toYaml(v)}\n` : toJson(v));
    return 0;
  }
  let text = 'Client Version: v1.33.1\nKustomize Version: v5.6.0\n';
  if (!clientOnly) text += 'Server Version: v1.33.1\n';
  out(ctx.io, text);
  return 0;
}

registerVerb({
  name: 'version',
  flags: [
    { name: 'client', type: 'bool', default: false },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run: version,
});
