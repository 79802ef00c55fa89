// The shape every note must have, in both languages (issue: "The notes").
import { describe, expect, it } from 'vitest';
import { noteSlugs, readNote, headings, codeBlocks } from './notes.ts';

const REQUIRED_SECTIONS = {
  ko: ['시뮬레이션에서 해 보기', '공부하며 생긴 질문', '연습 문제', '더 읽을거리'],
  en: ['Try it in the simulation', 'Questions from the course', 'Practice questions', 'Further reading'],
} as const;

describe.each(noteSlugs.map((slug, index) => [slug, index] as const))('note %s', (slug, index) => {
  const ko = readNote(slug, 'ko');
  const en = readNote(slug, 'en');

  it('exists in Korean and English', () => {
    expect(ko, `content/docs/${slug}.mdx`).toBeDefined();
    expect(en, `content/docs/en/${slug}.mdx`).toBeDefined();
  });

  it.each(['ko', 'en'] as const)('has complete frontmatter (%s)', (lang) => {
    const note = lang === 'ko' ? ko! : en!;
    const fm = note.frontmatter;
    expect(typeof fm.title).toBe('string');
    expect(String(fm.description ?? '').length).toBeGreaterThan(20);
    expect(fm.sidebar?.order).toBe(index + 1);
    expect(Array.isArray(fm.keywords) && fm.keywords.length >= 5, 'at least five search keywords').toBe(true);
    expect(fm.k8sVersion).toMatch(/^1\.\d+$/);
  });

  it('has the same search keywords in both languages', () => {
    expect([...ko!.frontmatter.keywords].map(String).sort()).toEqual([...en!.frontmatter.keywords].map(String).sort());
  });

  it('has the same sections, in the same order, in both languages', () => {
    const levels = (body: string) => headings(body).map(([level]) => level);
    expect(levels(ko!.body)).toEqual(levels(en!.body));
    for (const lang of ['ko', 'en'] as const) {
      const titles = headings((lang === 'ko' ? ko! : en!).body)
        .filter(([level]) => level === 2)
        .map(([, text]) => text);
      const required = REQUIRED_SECTIONS[lang];
      const positions = required.map((section) => titles.indexOf(section));
      expect(positions.every((p) => p >= 0), `${lang} sections ${JSON.stringify(required)} in ${JSON.stringify(titles)}`).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it.each(['ko', 'en'] as const)('embeds its simulation and has practice answers (%s)', (lang) => {
    const note = lang === 'ko' ? ko! : en!;
    expect(note.body).toMatch(/<Sim\s+scenario="[a-z-]+"\s*\/>/);
    expect((note.body.match(/<details>/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it.each(['ko', 'en'] as const)('links other notes relatively and the web with well-formed https URLs (%s)', (lang) => {
    const note = lang === 'ko' ? ko! : en!;
    const prose = note.body.replace(/```[\s\S]*?```/g, '');
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)[^)]*\)/g)) {
      if (/^[a-z]+:/i.test(target)) {
        expect(() => new URL(target), target).not.toThrow();
        expect(new URL(target).protocol, target).toBe('https:');
      } else {
        expect(target.startsWith('/'), `${target}: internal links must be relative (the site has a base path)`).toBe(false);
      }
    }
  });

  it.each(['ko', 'en'] as const)('names the Korean docs in Korean and the English docs in English (%s)', (lang) => {
    const note = lang === 'ko' ? ko! : en!;
    const section = note.body.split(/^## /m).find((s) => s.startsWith(REQUIRED_SECTIONS[lang][3])) ?? '';
    const links = [...section.matchAll(/https:\/\/kubernetes\.io\/([^)\s"]*)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    if (lang === 'en') for (const link of links) expect(link.startsWith('ko/'), link).toBe(false);
    if (lang === 'ko') expect(links.some((link) => link.startsWith('ko/'))).toBe(true);
  });

  it.each(['ko', 'en'] as const)('fences shell commands without prompts (%s)', (lang) => {
    const note = lang === 'ko' ? ko! : en!;
    for (const block of codeBlocks(note.body).filter((b) => b.lang === 'sh' || b.lang === 'bash')) {
      for (const line of block.code.split('\n')) expect(line.startsWith('$ '), `${note.path}:${block.line}: ${line}`).toBe(false);
    }
  });
});
