// Every command block a note marks as runnable (```sh run) must run in the simulation engine
// without error, the way a reader would run them: top to bottom in the page's own simulation (the
// cluster of the scenario the note embeds, after its setup), with the page's titled YAML blocks
// available as files, and the cluster settled between commands.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../src/sim/index.ts';
import { getScenario } from '../../src/sim/scenarios/index.ts';
import { noteSlugs, readNote, codeBlocks, blockTitle, type NoteLang } from './notes.ts';

/** Commands of a block: one per line; comments and blank lines are not commands. */
function commandsOf(code: string): string[] {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const cases = noteSlugs.flatMap((slug) => (['ko', 'en'] as NoteLang[]).map((lang) => [slug, lang] as const));

describe.each(cases)('runnable commands of %s (%s)', (slug, lang) => {
  const note = readNote(slug, lang)!;
  const blocks = codeBlocks(note.body);
  const runnable = blocks.filter((b) => /^(sh|bash|shell)$/.test(b.lang) && /(^|\s)run(\s|$)/.test(b.meta));
  const files: Record<string, string> = {};
  for (const block of blocks) {
    const title = blockTitle(block.meta);
    if (title && /^(ya?ml|json)$/.test(block.lang)) files[title] = `${block.code}\n`;
  }

  it('has runnable commands', () => {
    expect(runnable.length).toBeGreaterThan(0);
  });

  const scenarioId = note.body.match(/<Sim\s+scenario="([a-z-]+)"/)?.[1] ?? '';
  const scenario = getScenario(scenarioId);

  it('embeds a scenario that exists', () => {
    expect(scenario, `scenario "${scenarioId}"`).toBeDefined();
  });

  it('runs every runnable command without error', () => {
    const cluster = createCluster({ seed: scenario!.seed, ...scenario!.cluster });
    const allFiles = { ...scenario!.files, ...files };
    for (const command of [...(scenario!.setup ?? []), ...(scenario!.start ?? [])]) {
      expect(cluster.exec(command, { files: allFiles }).exitCode, `scenario command: ${command}`).toBe(0);
    }
    cluster.settle();
    for (const block of runnable) {
      for (const command of commandsOf(block.code)) {
        expect(command, `${note.path}:${block.line}: only kubectl/etcdctl commands run in the simulation`).toMatch(
          /^(kubectl|k|etcdctl|ETCDCTL_API=\d etcdctl)\b/,
        );
        const result = cluster.exec(command, { files: allFiles });
        expect(
          { command, exitCode: result.exitCode, stderr: result.stderr },
          `${note.path}:${block.line}`,
        ).toEqual({ command, exitCode: 0, stderr: expect.not.stringMatching(/^(error|Error)/m) });
        cluster.settle();
      }
    }
  });
});
