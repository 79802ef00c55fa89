import { describe, expect, it } from 'vitest';
import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { toHtml } from '@astrojs/starlight/expressive-code/hast';
import { simRunPlugin } from '../../src/site/expressive-code-run.ts';

const ec = new ExpressiveCode({ plugins: [simRunPlugin()] });

async function render(code: string, language: string, meta: string, locale = 'ko'): Promise<string> {
  const { renderedGroupAst } = await ec.render({ code, language, meta, locale });
  return toHtml(renderedGroupAst);
}

function attribute(html: string, name: string): string | undefined {
  const m = html.match(new RegExp(`${name}="([^"]*)"`));
  if (!m) return undefined;
  const el = m[1].replace(/&#x22;|&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x3C;|&lt;/g, '<').replace(/&amp;/g, '&');
  return el;
}

describe('Expressive Code Run plugin', () => {
  it('adds a Run button with the block’s commands to ```sh run blocks', async () => {
    const html = await render('# list them\n$ kubectl get pods\nkubectl get nodes \\\n  -o wide\n', 'sh', 'run');
    expect(html).toContain('class="sim-run"');
    expect(JSON.parse(attribute(html, 'data-sim-run')!)).toEqual(['kubectl get pods', 'kubectl get nodes -o wide']);
    expect(html).toContain('실행');
    const en = await render('kubectl get pods', 'bash', 'run', 'en-US');
    expect(en).toContain('>Run<');
  });

  it('leaves other blocks alone', async () => {
    expect(await render('kubectl get pods', 'sh', '')).not.toContain('sim-run');
    expect(await render('kubectl get pods', 'yaml', 'run')).not.toContain('sim-run');
    expect(await render('# only a comment', 'sh', 'run')).not.toContain('sim-run');
  });

  it('exposes titled YAML blocks as files for the simulation', async () => {
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "x"\n';
    const html = await render(yaml, 'yaml', 'title="pod.yaml"');
    expect(attribute(html, 'data-sim-file')).toBe('pod.yaml');
    expect(attribute(html, 'data-sim-file-content')).toBe(yaml.replace(/\n$/, ''));
    expect(await render(yaml, 'yaml', '')).not.toContain('data-sim-file');
  });
});
