import { err, out, type CommandGenerator } from '../../command.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';

/**
 * `kubectl completion SHELL`. Real kubectl prints a generated script of several hundred lines that
 * defines shell functions and ends by registering them with `complete`. This simulated shell runs
 * no functions (its Tab completion is its own, components/sim/model/completion.ts), so the script
 * printed here is a short stand-in that keeps the real one's first line and its effect: sourced
 * (`source <(kubectl completion bash)`), it registers completion for kubectl, as the real one does.
 * The argument errors are kubectl 1.33's.
 */
const SHELLS = ['bash', 'zsh', 'fish', 'powershell'];

function script(shell: string): string {
  const header =
    shell === 'bash'
      ? '# bash completion V2 for kubectl                              -*- shell-script -*-'
      : `# ${shell} completion for kubectl`;
  const lines = [
    header,
    '',
    '# This simulation prints a stand-in for the generated completion functions: its terminal',
    '# completes kubectl commands with Tab on its own.',
  ];
  if (shell === 'bash') lines.push('complete -o default -F __start_kubectl kubectl');
  return `${lines.join('\n')}\n`;
}

function* completion(ctx: KubectlContext): CommandGenerator {
  const usage = (message: string) => {
    err(ctx.io, `error: ${message}\nSee 'kubectl completion -h' for help and examples`);
    return 1;
  };
  if (ctx.args.length === 0) return usage('Shell not specified.');
  if (ctx.args.length > 1) return usage('Too many arguments. Expected only the shell type.');
  const shell = ctx.args[0];
  if (!SHELLS.includes(shell)) return usage(`Unsupported shell type "${shell}".`);
  out(ctx.io, script(shell));
  return 0;
}

registerVerb({ name: 'completion', flags: [], run: completion });
