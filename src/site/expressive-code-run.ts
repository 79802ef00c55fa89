// Expressive Code plugin for the notes' code blocks:
//  - every shell block (sh, bash, shell, console, zsh) with a kubectl or etcdctl command gets a Run
//    button that sends its commands to the page's simulation terminal (wired by the inline script of
//    components/Sim.astro). Other lines of the block (ls, vi, systemctl...) go too: the simulated shell
//    answers them or says they are not part of the simulation. The meta word `fails` marks a block
//    whose error is the lesson (tests/content/runnable-blocks.test.ts holds the others to exit 0);
//  - ```yaml title="pod.yaml" carries its file name and text as data attributes, so the page's
//    simulation can read it (`kubectl create -f pod.yaml`).
// Register in astro.config.mjs: starlight({ expressiveCode: { plugins: [simRunPlugin()] } }).
import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { h, selectAll, setProperty } from '@astrojs/starlight/expressive-code/hast';
import { commandsOfBlock, isRunnableBlock } from '../../components/sim/model/run-commands.ts';
import { FILE_CONTENT_ATTR, FILE_NAME_ATTR } from '../../components/sim/model/files.ts';
import { simStrings } from '../i18n/sim.ts';

const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'console', 'zsh']);
const YAML_LANGUAGES = new Set(['yaml', 'yml']);

export function simRunPlugin(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'k8s-sim-run',
    // Hidden unless the page has a simulation (Sim.astro's script marks <html data-sim-page>) and
    // JavaScript runs: a Run button that cannot run anything would only confuse.
    baseStyles: `
      .sim-run { display: none; }
      :root[data-sim-page] .sim-run {
        display: inline-flex; align-items: center; gap: 0.35rem; margin: 0.4rem 0.5rem;
        min-height: 2rem; padding: 0.2rem 0.75rem; font: inherit; font-size: 0.85rem; cursor: pointer;
        color: var(--sl-color-text, inherit); background: var(--sl-color-bg-nav, transparent);
        border: 1px solid var(--sl-color-gray-5, currentColor); border-radius: 0.375rem;
      }
      :root[data-sim-page] .sim-run:hover { border-color: var(--sl-color-accent, currentColor); }
      :root[data-sim-page] .sim-run:focus-visible { outline: 3px solid var(--sl-color-accent, currentColor); outline-offset: 2px; }
    `,
    hooks: {
      // A terminal frame's caption carries a screen-reader label ("Terminal window"), which is
      // interface text: keep it out of the search index and its excerpts.
      postprocessRenderedBlockGroup: ({ renderData }) => {
        for (const label of selectAll('figcaption .sr-only', renderData.groupAst)) setProperty(label, 'data-pagefind-ignore', '');
      },
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const language = codeBlock.language;
        const block = renderData.blockAst;
        if (SHELL_LANGUAGES.has(language) && isRunnableBlock(codeBlock.code)) {
          const commands = commandsOfBlock(codeBlock.code);
          const t = simStrings[codeBlock.locale?.startsWith('en') ? 'en' : 'ko'].runButton;
          // The button's label is interface text: keep it out of the search index and its excerpts.
          block.children.push(
            h(
              'button',
              {
                type: 'button',
                className: ['sim-run'],
                'data-sim-run': JSON.stringify(commands),
                'data-pagefind-ignore': '',
                // Every Run button of a note is told apart by its commands ("Run: kubectl get pods").
                'aria-label': runButtonName(t.label, commands),
                title: codeBlock.metaOptions.getBoolean('fails') ? t.titleFails : t.title,
              },
              [h('span', { 'aria-hidden': 'true' }, '▶'), h('span', t.label)],
            ),
          );
        }
        if (YAML_LANGUAGES.has(language)) {
          const title = (codeBlock.props as { title?: string }).title ?? codeBlock.metaOptions.getString('title');
          if (title) {
            block.properties[toProperty(FILE_NAME_ATTR)] = title;
            block.properties[toProperty(FILE_CONTENT_ATTR)] = codeBlock.code;
          }
        }
      },
    },
  });
}

/** The button's accessible name: its visible word, then the block's commands. */
export function runButtonName(label: string, commands: readonly string[]): string {
  return `${label}: ${commands.join('; ')}`;
}

/** 'data-sim-file' -> 'dataSimFile' (hast property names). */
function toProperty(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
