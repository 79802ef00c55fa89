// /og/<page id>.png: the social card of every page, drawn at build time (src/site/og/card.ts).
// Injected by astro.config.mjs; src/site/og/route-data.ts points each page's og:image at it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderCard } from './card.ts';
import { cardPath } from './paths.ts';

const SITE_TITLE = { ko: 'K8s 핵심 노트', en: 'K8s Core Notes' } as const;

/** The page's language from its id: English notes live under en/. */
export const langOf = (id: string) => (id === 'en' || id.startsWith('en/') ? 'en' : 'ko');

export const getStaticPaths = (async () => {
  const docs = await getCollection('docs');
  return docs.map((entry) => ({
    params: { id: cardPath(entry.id).replace(/\.png$/, '') },
    props: { title: entry.data.title, description: entry.data.description, lang: langOf(entry.id) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, description, lang } = props as { title: string; description?: string; lang: 'ko' | 'en' };
  const png = await renderCard({ title, description, lang, site: SITE_TITLE[lang] });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
