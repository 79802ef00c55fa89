// Fonts for the social cards: Noto Sans KR from @fontsource/noto-sans-kr, which covers Hangul and
// Latin. Fontsource splits the font into ~120 subsets per weight, each with its unicode-range in
// the package's CSS; a card loads only the subsets that hold its text's characters (a few hundred
// KB instead of megabytes), in the WOFF format that satori reads (it cannot read WOFF2).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

const FAMILY = 'Noto Sans KR';
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-sans-kr/package.json'));

type Subset = { index: number; file: string; ranges: [number, number][] };

/** Parses `unicode-range: U+ac00-d7a3,U+3131` into [from, to] pairs. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
  });
}

const subsetsByWeight = new Map<number, Subset[]>();

function subsets(weight: number): Subset[] {
  const known = subsetsByWeight.get(weight);
  if (known) return known;
  const css = readFileSync(join(packageDir, `${weight}.css`), 'utf8');
  const found: Subset[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const woff2 = /url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)/.exec(block);
    const range = /unicode-range:\s*([^;]+);/.exec(block);
    if (woff2 && range) found.push({ index: found.length, file: woff2[1], ranges: parseUnicodeRange(range[1]) });
  }
  subsetsByWeight.set(weight, found);
  return found;
}

const fileCache = new Map<string, Buffer>();

/** The subsets of one weight that cover the characters of `text`. */
export function fontsFor(text: string, weight: 400 | 700): CardFont[] {
  const codePoints = new Set([...text].map((c) => c.codePointAt(0) ?? 0));
  const chosen = subsets(weight).filter(({ ranges }) => [...codePoints].some((cp) => ranges.some(([from, to]) => cp >= from && cp <= to)));
  return chosen.map(({ index, file }) => {
    let data = fileCache.get(file);
    if (!data) {
      data = readFileSync(join(packageDir, 'files', file));
      fileCache.set(file, data);
    }
    return { name: `${FAMILY} ${weight} #${index}`, data, weight, style: 'normal' as const };
  });
}

/** The CSS font-family that lists the given fonts. */
export const familyOf = (fonts: CardFont[]) => fonts.map((f) => `'${f.name}'`).join(', ');
