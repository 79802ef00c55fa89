// The glossary's data (src/site/glossary.ts), the term matcher the note tooltips use
// (src/site/glossary-match.ts) and the annotation the build-time plugin writes
// (src/site/glossary-plugin.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_CATEGORIES, glossaryPath, type GlossaryLang } from '../../src/site/glossary.ts';
import { isParticleTail, termFinder, usesTerm } from '../../src/site/glossary-match.ts';
import { annotateText, definitionId, notePageOf } from '../../src/site/glossary-plugin.ts';
import { noteSlugs, notePath } from '../content/notes.ts';

const HANGUL = /[\uac00-\ud7a3]/;
const byId = (id: string) => {
  const entry = GLOSSARY.find((e) => e.id === id);
  if (!entry) throw new Error(`no glossary entry ${id}`);
  return entry;
};

/** A note's text as a reader sees it: no front matter, imports, components or code blocks; inline code kept. */
function noteText(slug: string, lang: GlossaryLang): string {
  return readFileSync(notePath(slug, lang), 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^\s*(`{3,}|~{3,})[\s\S]*?^\s*\1\s*$/gm, ' ')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/`([^`\n]*)`/g, ' $1 ');
}

describe('glossary data', () => {
  it('has at least 80 entries with unique, stable-looking anchors', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(80);
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(GLOSSARY.map((e) => [e.id, e] as const))('%s has both languages, written separately', (_id, entry) => {
    for (const lang of ['ko', 'en'] as const) {
      expect(entry[lang].term.trim()).not.toBe('');
      expect(entry[lang].definition.trim().length).toBeGreaterThan(10);
    }
    expect(entry.ko.definition).toMatch(HANGUL);
    expect(entry.en.definition).not.toMatch(HANGUL);
    expect(entry.en.term).not.toMatch(HANGUL);
    expect(entry.ko.definition).not.toBe(entry.en.definition);
    expect(GLOSSARY_CATEGORIES.map((c) => c.id)).toContain(entry.category);
    expect(entry.notes.length).toBeGreaterThan(0);
    for (const slug of entry.notes) expect(noteSlugs).toContain(slug);
  });

  it.each(GLOSSARY.map((e) => [e.id, e] as const))('%s links to a note that uses the term, in each language', (_id, entry) => {
    for (const lang of ['ko', 'en'] as const) {
      const using = entry.notes.filter((slug) => usesTerm(noteText(slug, lang), entry, lang));
      expect(using, `${lang}: none of ${entry.notes.join(', ')} uses "${entry[lang].term}"`).not.toHaveLength(0);
    }
  });

  it('every category has entries', () => {
    for (const category of GLOSSARY_CATEGORIES) expect(GLOSSARY.some((e) => e.category === category.id)).toBe(true);
  });

  it('builds glossary paths under the base path', () => {
    expect(glossaryPath('/', 'ko')).toBe('/glossary/');
    expect(glossaryPath('/k8s-notes/', 'en')).toBe('/k8s-notes/en/glossary/');
    expect(glossaryPath('/k8s-notes', 'ko')).toBe('/k8s-notes/glossary/');
  });
});

describe('finding terms in Korean text', () => {
  const find = (text: string) => {
    const match = termFinder(GLOSSARY, 'ko').find(text);
    return match && [match.entry.id, text.slice(match.start, match.end)];
  };

  it.each([
    ['파드를 만든다', ['pod', '파드']],
    ['새 파드가 생긴다', ['pod', '파드']],
    ['etcd의 데이터', ['etcd', 'etcd']],
    ['레플리카셋을 지운다', ['replicaset', '레플리카셋']],
    ['노드 컨트롤러가 본다', ['node-controller', '노드 컨트롤러']],
    ['kube-proxy는 규칙을 쓴다', ['kube-proxy', 'kube-proxy']],
    ['네임스페이스에서는 이름이 겹치지 않는다', ['namespace', '네임스페이스']],
    ['이것이 파드인가', ['pod', '파드']],
    ['스파드를', undefined],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('does not take the start of another word for a term', () => {
    expect(find('노드포트와 서비스어카운트')).toBeUndefined();
    expect(find('etcdx만 쓴다')).toBeUndefined();
    expect(find('레플리카셋트')).toBeUndefined();
  });

  it('reads stacked particles and endings as a tail, and other syllables as another word', () => {
    for (const tail of ['', '를', '에서는', '으로도', '들에게', '이다', '한다']) expect(isParticleTail(tail)).toBe(true);
    for (const tail of ['포트', '어카운트', '트']) expect(isParticleTail(tail)).toBe(false);
  });
});

describe('finding terms in English text', () => {
  const find = (text: string) => {
    const match = termFinder(GLOSSARY, 'en').find(text);
    return match && [match.entry.id, text.slice(match.start, match.end)];
  };

  it.each([
    ['Pods come and go', ['pod', 'Pods']],
    ['a ReplicaSet keeps them', ['replicaset', 'ReplicaSet']],
    ['the control plane decides', ['control-plane', 'control plane']],
    ['kube-proxy writes rules', ['kube-proxy', 'kube-proxy']],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('does not match inside other words or names', () => {
    expect(find('podcasts, etcdx and kubectlx')).toBeUndefined();
  });
});

describe('annotating a note', () => {
  const finder = termFinder(GLOSSARY, 'ko');

  it('links the first use of each term and leaves the particle outside the link', () => {
    const used = new Set<string>();
    const nodes = annotateText('파드를 만들면 파드가 생긴다', finder, used, 'ko', '/k8s-notes/');
    expect(nodes).toBeDefined();
    const [term, rest] = nodes!;
    expect(term).toMatchObject({ type: 'element', properties: { class: 'gloss' } });
    const [link, tip] = (term as { children: any[] }).children;
    expect(link.properties.href).toBe('/k8s-notes/glossary/#pod');
    expect(link.children[0].value).toBe('파드');
    expect(link.properties['aria-describedby']).toBe(definitionId(byId('pod')));
    expect(tip.properties).toMatchObject({ id: definitionId(byId('pod')), role: 'tooltip', hidden: true });
    expect(JSON.stringify(tip)).toContain(byId('pod').ko.definition);
    expect(JSON.stringify(tip)).toContain('"Pod"');
    expect(rest).toEqual({ type: 'text', value: '를 만들면 파드가 생긴다' });
    expect(used.has('pod')).toBe(true);
    expect(annotateText('파드가 또 나온다', finder, used, 'ko', '/')).toBeUndefined();
  });

  it('knows which files are notes', () => {
    expect(notePageOf('/repo/content/docs/pods.mdx')).toEqual({ slug: 'pods', lang: 'ko' });
    expect(notePageOf('/repo/content/docs/en/services.mdx')).toEqual({ slug: 'services', lang: 'en' });
    expect(notePageOf('/repo/content/docs/glossary.mdx')).toBeUndefined();
    expect(notePageOf('/repo/content/docs/index.mdx')).toBeUndefined();
  });
});
