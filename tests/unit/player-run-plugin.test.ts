import { describe, expect, it } from 'vitest';
import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { toHtml } from '@astrojs/starlight/expressive-code/hast';
import { simRunPlugin } from '../../src/site/expressive-code-run.ts';
import { isSimCommand } from '../../components/sim/model/run-commands.ts';

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

/** The title of the Run button (the code block's copy button has a title too). */
function runButtonTitle(html: string): string | undefined {
  const button = html.match(/<button[^>]*class="sim-run"[^>]*>/)?.[0];
  return button ? attribute(button, 'title') : undefined;
}

describe('isSimCommand', () => {
  it.each([
    ['kubectl get pods', true],
    ['k get po', true],
    ['etcdctl version', true],
    ['ETCDCTL_API=3 etcdctl get / --prefix', true],
    ['A=1 B=2 kubectl version', true],
    ['kubectl', true],
    ['kubectl-convert -f x', false],
    ['sudo kubectl get pods', false],
    ['curl http://localhost:8001/api', false],
    ['echo kubectl', false],
    ['', false],
  ])('%s -> %s', (line, expected) => {
    expect(isSimCommand(line)).toBe(expected);
  });
});

describe('Expressive Code Run plugin', () => {
  it('adds a Run button with the block’s commands to every shell block with a kubectl or etcdctl command', async () => {
    const html = await render('# list them\n$ kubectl get pods\nkubectl get nodes \\\n  -o wide\n', 'sh', '');
    expect(html).toContain('class="sim-run"');
    expect(JSON.parse(attribute(html, 'data-sim-run')!)).toEqual(['kubectl get pods', 'kubectl get nodes -o wide']);
    expect(html).toContain('실행');
    const button = html.match(/<button[^>]*class="sim-run"[^>]*>/)![0];
    expect(attribute(button, 'aria-label')).toBe('실행: kubectl get pods; kubectl get nodes -o wide');
    const enButton = (await render('kubectl get pods\n', 'sh', '', 'en')).match(/<button[^>]*class="sim-run"[^>]*>/)![0];
    expect(attribute(enButton, 'aria-label')).toBe('Run: kubectl get pods');
    const en = await render('kubectl get pods', 'bash', '', 'en-US');
    expect(en).toContain('>Run<');
    // Every line goes, the host tools too: the simulated shell answers for them.
    const mixed = await render('export ETCDCTL_API=3\netcdctl version\nvi x.yaml', 'sh', 'fails');
    expect(JSON.parse(attribute(mixed, 'data-sim-run')!)).toEqual(['export ETCDCTL_API=3', 'etcdctl version', 'vi x.yaml']);
    // A block whose error is the lesson says so in its button's title.
    expect(runButtonTitle(mixed)).toContain('오류가 나는 것이 정상');
    expect(runButtonTitle(html)).toBe('이 명령을 페이지의 시뮬레이션 터미널에서 실행');
    for (const lang of ['bash', 'shell', 'console', 'zsh']) expect(await render('ETCDCTL_API=3 etcdctl version', lang, '')).toContain('sim-run');
  });

  it('leaves other blocks alone', async () => {
    expect(await render('ls /etc/kubernetes/manifests\nsystemctl status kubelet', 'sh', '')).not.toContain('sim-run');
    expect(await render('# kubectl get pods (a comment is not a command)', 'sh', '')).not.toContain('sim-run');
    expect(await render('kubectl get pods', 'yaml', '')).not.toContain('sim-run');
    expect(await render('kubectl get pods', 'text', '')).not.toContain('sim-run');
  });

  it('exposes titled YAML blocks as files for the simulation', async () => {
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "x"\n';
    const html = await render(yaml, 'yaml', 'title="pod.yaml"');
    expect(attribute(html, 'data-sim-file')).toBe('pod.yaml');
    expect(attribute(html, 'data-sim-file-content')).toBe(yaml.replace(/\n$/, ''));
    expect(await render(yaml, 'yaml', '')).not.toContain('data-sim-file');
  });
});
