// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { koreanSearchConfig } from './src/site/korean-search-plugin.mjs';
import { noteSlugs } from './src/site/notes.mjs';
import { simRunPlugin } from './src/site/expressive-code-run.ts';
import { glossaryIntegration } from './src/site/glossary-plugin.ts';
import { siteRepository } from './src/site/repository.mjs';
import { searchButtonLabel } from './src/site/search-button-label.mjs';
import { regionLabelPlugin } from './src/site/expressive-code-regions.ts';
import { workspaceIntegration } from './components/sim/workspace/integration.mjs';

// GitHub Pages serves a project site under /<repository>/: the deploy workflow passes the
// real values, and any other host can too. Locally the site lives at the root.
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

// "Edit this page" and the header's repository link follow the repository the site is built from
// (a fork links to itself); without one (no GitHub Actions, no origin remote) neither is shown.
const repository = siteRepository();

/** Build-time routes: robots.txt and the social card of every page. */
const siteRoutes = {
  name: 'k8s-notes-site-routes',
  hooks: {
    /** @param {{ injectRoute: (route: { pattern: string, entrypoint: string, prerender?: boolean }) => void }} options */
    'astro:config:setup': ({ injectRoute }) => {
      injectRoute({ pattern: '/robots.txt', entrypoint: './src/site/robots.txt.ts', prerender: true });
      injectRoute({ pattern: '/og/[...id].png', entrypoint: './src/site/og/route.ts', prerender: true });
    },
  },
};

const pagefindOptions = {
  ranking: { termFrequency: 0.8, pageLength: 0.6, termSaturation: 1.2, termSimilarity: 1.0 },
};

/** @param {string[]} slugs */
const sidebarItems = (slugs) => slugs.map((slug) => slug);

export default defineConfig({
  site,
  base,
  // Starlight only fully supports <srcDir>/content/docs, and the project keeps content/ and
  // components/ at the repository root with the simulation engine in src/.
  srcDir: './',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: { ko: 'K8s 핵심 노트', en: 'K8s Core Notes' },
      description: 'Executable Kubernetes study notes with an in-browser control-plane simulation.',
      defaultLocale: 'root',
      locales: {
        root: { label: '한국어', lang: 'ko' },
        en: { label: 'English', lang: 'en' },
      },
      favicon: '/favicon.svg',
      customCss: ['./components/styles/site.css', './components/styles/korean.css', './components/styles/glossary.css'],
      lastUpdated: true,
      ...(repository
        ? {
            editLink: { baseUrl: repository.editBase },
            social: [{ icon: 'github', label: 'GitHub', href: repository.url }],
          }
        : {}),
      routeMiddleware: './src/site/og/route-data.ts',
      components: {
        PageTitle: './components/overrides/PageTitle.astro',
      },
      sidebar: [
        {
          label: 'Cluster architecture',
          translations: { ko: '클러스터 아키텍처' },
          items: sidebarItems(noteSlugs.slice(0, 8)),
        },
        {
          label: 'Objects and management',
          translations: { ko: '오브젝트와 관리' },
          items: sidebarItems(noteSlugs.slice(8)),
        },
        'glossary',
        { label: 'Practice', translations: { ko: '연습' }, items: ['practice', 'practice/exam'] },
      ],
      pagefind: pagefindOptions,
      expressiveCode: {
        themes: ['github-dark', 'github-light'],
        // ```sh run blocks get a Run button into the page's simulation; titled YAML blocks become
        // files the simulation can read.
        plugins: [simRunPlugin(), regionLabelPlugin()],
      },
    }),
    preact(),
    workspaceIntegration(),
    siteRoutes,
    // The first use of a glossary term in a note explains itself on hover and focus.
    glossaryIntegration({ base }),
  ],
  vite: {
    plugins: [koreanSearchConfig(pagefindOptions), searchButtonLabel()],
  },
});
