// Starlight route middleware: every page's OpenGraph and Twitter image is its own card
// (/og/<id>.png, drawn by src/site/og/route.ts), with the card's size and its text as alt text.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { CARD_HEIGHT, CARD_WIDTH, cardPath } from './paths.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { entry, head } = route;
  const site = context.site ?? new URL(context.url.origin);
  const image = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}og/${cardPath(entry.id)}`, site).href;
  const alt = entry.data.title;
  const meta = (key: 'property' | 'name', name: string, content: string) => head.push({ tag: 'meta', attrs: { [key]: name, content } });
  meta('property', 'og:image', image);
  meta('property', 'og:image:width', String(CARD_WIDTH));
  meta('property', 'og:image:height', String(CARD_HEIGHT));
  meta('property', 'og:image:alt', alt);
  meta('name', 'twitter:image', image);
  meta('name', 'twitter:image:alt', alt);
});
