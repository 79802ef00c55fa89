// The social cards (src/site/og/): a real PNG of the OpenGraph size, drawn with the Hangul subsets
// of Noto Sans KR that the title needs.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, renderCard } from '../../src/site/og/card.ts';
import { fontsFor, parseUnicodeRange } from '../../src/site/og/fonts.ts';

describe('social cards', () => {
  it('reads fontsource unicode ranges', () => {
    expect(parseUnicodeRange('U+ac00-d7a3,U+3131')).toEqual([
      [0xac00, 0xd7a3],
      [0x3131, 0x3131],
    ]);
  });

  it('loads only the font subsets that hold the text', () => {
    const latin = fontsFor('Pods', 700);
    const korean = fontsFor('파드', 700);
    expect(latin.length).toBeGreaterThan(0);
    expect(korean.length).toBeGreaterThan(0);
    expect(korean.length).toBeLessThan(5);
    expect(korean.map((f) => f.data)).not.toEqual(latin.map((f) => f.data));
  });

  it('draws a 1200×630 PNG whose Korean title is rendered, not left blank', async () => {
    const text = { site: 'K8s 핵심 노트', lang: 'ko' };
    const withTitle = await renderCard({ ...text, title: '레플리카셋과 디플로이먼트' });
    const empty = await renderCard({ ...text, title: ' ' });
    const meta = await sharp(withTitle).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
    // Glyphs drawn: the title's pixels differ from a card without one.
    const [a, b] = await Promise.all([sharp(withTitle).raw().toBuffer(), sharp(empty).raw().toBuffer()]);
    let differing = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
    expect(differing).toBeGreaterThan(20_000);
  }, 60_000); // the first card loads satori's WebAssembly and the fonts: seconds on a busy machine
});
