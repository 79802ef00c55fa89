/**
 * Resource quantities ("100m", "0.5", "128Mi", "1G") as Kubernetes writes them. The engine compares
 * cpu in millicores and everything else in base units, which is what the scheduler does.
 */
const SUFFIX: Record<string, number> = {
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
};

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))?$/;

/** The value in base units, or undefined if the text is not a quantity. */
export function parseQuantity(text: string | number | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  // The scheduler, kubelet and quota code parse the same few strings ("100m", "64Mi") for every
  // pod event: remember them (bounded, so odd inputs cannot grow it without limit).
  const known = parsedQuantities.get(text);
  if (known !== undefined || parsedQuantities.has(text)) return known;
  const value = parseQuantityText(text);
  if (parsedQuantities.size >= MAX_PARSED_QUANTITIES) parsedQuantities.clear();
  parsedQuantities.set(text, value);
  return value;
}

const MAX_PARSED_QUANTITIES = 4096;
const parsedQuantities = new Map<string, number | undefined>();

function parseQuantityText(text: string): number | undefined {
  const m = QUANTITY.exec(text.trim());
  if (!m) return undefined;
  const base = Number(m[1]);
  if (m[2]) return base * 10 ** Number(m[2].slice(1));
  return base * SUFFIX[m[3] ?? ''];
}

export function isQuantity(text: unknown): boolean {
  return (typeof text === 'string' || typeof text === 'number') && parseQuantity(text) !== undefined;
}

/** Millicores, rounded up as resource.Quantity.MilliValue does. */
export function milliValue(text: string | number | undefined): number {
  const v = parseQuantity(text);
  return v === undefined ? 0 : Math.ceil(Math.round(v * 1e9) / 1e6);
}

/** Integer base units (bytes for memory), rounded up as resource.Quantity.Value does. */
export function intValue(text: string | number | undefined): number {
  const v = parseQuantity(text);
  return v === undefined ? 0 : Math.ceil(v - 1e-9);
}

/** Formats millicores the way kubectl describe shows requests: "100m", "1", "1500m". */
export function formatMilli(milli: number): string {
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

/** Formats bytes with the largest exact binary suffix: 134217728 -> "128Mi". */
export function formatBytes(bytes: number): string {
  for (const [suffix, factor] of [['Ei', 1024 ** 6], ['Pi', 1024 ** 5], ['Ti', 1024 ** 4], ['Gi', 1024 ** 3], ['Mi', 1024 ** 2], ['Ki', 1024]] as const) {
    if (bytes !== 0 && bytes % factor === 0) return `${bytes / factor}${suffix}`;
  }
  return String(bytes);
}
