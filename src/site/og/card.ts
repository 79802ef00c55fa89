// The social card of a page (OpenGraph and Twitter image): its title in its own language over the
// site's name, drawn at build time with satori (layout to SVG) and sharp (SVG to PNG).
import satori from 'satori';
import sharp from 'sharp';
import { type CardFont, familyOf, fontsFor } from './fonts.ts';

import { CARD_HEIGHT, CARD_WIDTH } from './paths.ts';

export { CARD_HEIGHT, CARD_WIDTH };
const PADDING_X = 80;
// Text wraps only within an explicit width in satori.
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING_X;

export type CardText = { title: string; description?: string; site: string; lang: string };

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string; lang?: string } };
const el = (type: string, style: Record<string, unknown>, children: Node['props']['children']): Node => ({ type, props: { style, children } });

/** Cuts a description to what fits in three lines of the card. */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export function cardTree({ title, description, site, lang }: CardText, fonts: { bold: CardFont[]; regular: CardFont[] }): Node {
  const korean = lang === 'ko';
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'flex-start',
      padding: `72px ${PADDING_X}px`,
      backgroundColor: '#0d1b2a',
      backgroundImage: 'linear-gradient(135deg, #0d1b2a 0%, #1b3a5c 100%)',
      color: '#f1f5f9',
      fontFamily: familyOf(fonts.bold),
    },
    [
      el('div', { display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 700, color: '#93c5fd' }, [
        el('div', { width: 18, height: 18, borderRadius: 9, backgroundColor: '#3b82f6', marginRight: 18 }, []),
        site,
      ]),
      el('div', { display: 'flex', flexDirection: 'column', width: '100%', marginTop: 96 }, [
        // Korean keeps words whole when it wraps (no breaks inside an eojeol), as on the site.
        el('div', { width: TEXT_WIDTH, fontSize: title.length > 24 ? 68 : 84, fontWeight: 700, lineHeight: 1.2, wordBreak: korean ? 'keep-all' : 'normal' }, title),
        ...(description
          ? [el('div', { width: TEXT_WIDTH, marginTop: 28, fontFamily: familyOf(fonts.regular), fontSize: 30, fontWeight: 400, lineHeight: 1.5, color: '#cbd5e1' }, clip(description, korean ? 90 : 150))]
          : []),
      ]),
    ],
  );
}

/** The card as a PNG. */
export async function renderCard(text: CardText): Promise<Buffer> {
  const bold = fontsFor(`${text.site}${text.title}`, 700);
  const regular = fontsFor(`${text.description ?? ''}…`, 400);
  const svg = await satori(cardTree(text, { bold, regular }) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [...bold, ...regular],
  });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
