// pod-template-hash: controller.ComputeHash(template, collisionCount).
//
// SIMPLIFICATION: Kubernetes feeds the FNV-32a hasher with a spew dump of the Go struct
// v1.PodTemplateSpec (every field of every nested Go type, in declaration order), which cannot be
// reproduced without the Go type definitions. We hash a canonical JSON form of the template instead,
// with the same FNV-32a function, the same little-endian collisionCount suffix and the same rendering
// (rand.SafeEncodeString of the decimal sum over the alphabet below). The values therefore look like
// real ones ("7c5ddbdf54"), are stable for equal templates and change when the template changes,
// but they are not the numbers a real cluster would print for the same template.
import type { PodTemplateSpec } from '../../api/types.ts';
import { canonicalJson } from './semanticEqual.ts';

/** apimachinery/pkg/util/rand alphanums: no vowels, no 0/1/3 to avoid words and look-alikes. */
export const SAFE_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

const FNV32_OFFSET = 0x811c9dc5;
const FNV32_PRIME = 0x01000193;

export function fnv32a(bytes: Iterable<number>, seed = FNV32_OFFSET): number {
  let h = seed >>> 0;
  for (const b of bytes) {
    h ^= b & 0xff;
    h = Math.imul(h, FNV32_PRIME) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: each byte picks alphanums[byte % 27]. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHANUMS[s.charCodeAt(i) % SAFE_ALPHANUMS.length];
  return out;
}

function utf8(s: string): number[] {
  return Array.from(new TextEncoder().encode(s));
}

export function computePodTemplateHash(template: PodTemplateSpec, collisionCount?: number): string {
  let h = fnv32a(utf8(canonicalJson(template)));
  if (collisionCount !== undefined) {
    // binary.LittleEndian.PutUint32 into an 8-byte buffer: 4 value bytes then 4 zero bytes.
    const c = collisionCount >>> 0;
    h = fnv32a([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff, 0, 0, 0, 0], h);
  }
  return safeEncodeString(String(h));
}
