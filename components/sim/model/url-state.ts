// Share links and reload persistence: the URL hash carries the scenario, seed, inputs and step, so
// opening the link replays the same run to the same step. A link is input from anyone: it is parsed
// defensively and refused (with the reason, so the player can say so) when it is malformed, larger
// than any real run, or asks for more replay than a reader's run can produce. Nothing here throws.
import type { FaultKind, Input } from './session.ts';
import { isValidFaultTarget } from './names.ts';

export interface SharedRun {
  scenario: string;
  seed: number;
  position: number;
  inputs: Input[];
}

/** Why a link was refused: unreadable, too large to be a real run, or naming a step too far to replay. */
export type RefusalReason = 'malformed' | 'too-large' | 'too-far';

export type LinkReading = { kind: 'none' } | { kind: 'run'; run: SharedRun } | { kind: 'refused'; reason: RefusalReason };

const PREFIX = '#sim=';
const FAULTS: readonly FaultKind[] = ['stopKubelet', 'startKubelet', 'stopEtcdMember', 'startEtcdMember', 'deletePod'];

/**
 * Limits of a link. A reader's run stays far below them; each bounds the work a link can ask for:
 * decoding (characters), replaying (steps: the engine delivers some 20,000-80,000 a second, and
 * a live clock delivers 10-80 a virtual second, so this is about an hour of live work), and running
 * commands (their number and length).
 */
export const LINK_LIMITS = {
  chars: 256 * 1024,
  position: 200_000,
  inputs: 2_000,
  commandChars: 8_192,
  fileChars: 128 * 1024,
  seed: 2 ** 31 - 1,
} as const;

const SCENARIO_ID = /^[a-z0-9-]{1,64}$/;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Compact JSON: [scenario, seed, position, inputs as [at, 'c', line, files?] | [at, 'f', fault, target] | [at, 'e', saved text or null]]. */
export function encodeRun(run: SharedRun): string {
  const inputs = run.inputs.map((i) =>
    'cmd' in i ? (i.files ? [i.at, 'c', i.cmd, i.files] : [i.at, 'c', i.cmd]) : 'edit' in i ? [i.at, 'e', i.edit] : [i.at, 'f', i.fault, i.target],
  );
  return PREFIX + toBase64Url(JSON.stringify([run.scenario, run.seed, run.position, inputs]));
}

const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function isFileMap(v: unknown): v is Record<string, string> {
  if (!isPlainObject(v)) return false;
  let chars = 0;
  for (const [name, text] of Object.entries(v)) {
    if (typeof text !== 'string' || name.length === 0 || name.length > 255) return false;
    chars += text.length;
  }
  return chars <= LINK_LIMITS.fileChars;
}

class Refused {
  constructor(readonly reason: RefusalReason) {}
}

function decodeInput(raw: unknown): Input {
  if (!Array.isArray(raw) || !isNat(raw[0])) throw new Refused('malformed');
  const [at, tag, a, b] = raw as [number, unknown, unknown, unknown];
  if (at > LINK_LIMITS.position) throw new Refused('too-far');
  if (tag === 'c' && typeof a === 'string' && (raw.length === 3 || raw.length === 4)) {
    if (a.length > LINK_LIMITS.commandChars) throw new Refused('too-large');
    if (raw.length === 3) return { at, cmd: a };
    if (isFileMap(b)) return { at, cmd: a, files: { ...b } };
    throw new Refused('malformed');
  }
  if (tag === 'e' && raw.length === 3 && (a === null || typeof a === 'string')) {
    // An editor's saved buffer is a file: the same bound.
    if (typeof a === 'string' && a.length > LINK_LIMITS.fileChars) throw new Refused('too-large');
    return { at, edit: a };
  }
  if (tag === 'f' && FAULTS.includes(a as FaultKind) && typeof b === 'string' && raw.length === 4) {
    if (!isValidFaultTarget(a as FaultKind, b)) throw new Refused('malformed');
    return { at, fault: a as FaultKind, target: b };
  }
  throw new Refused('malformed');
}

function decodeBody(body: string): SharedRun {
  if (body.length > LINK_LIMITS.chars) throw new Refused('too-large');
  if (!/^[A-Za-z0-9_-]*$/.test(body)) throw new Refused('malformed');
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(body));
  } catch {
    throw new Refused('malformed');
  }
  if (!Array.isArray(data) || data.length !== 4) throw new Refused('malformed');
  const [scenario, seed, position, rawInputs] = data as unknown[];
  if (typeof scenario !== 'string' || !SCENARIO_ID.test(scenario) || !isNat(seed) || seed > LINK_LIMITS.seed || !isNat(position) || !Array.isArray(rawInputs)) {
    throw new Refused('malformed');
  }
  if (position > LINK_LIMITS.position) throw new Refused('too-far');
  if (rawInputs.length > LINK_LIMITS.inputs) throw new Refused('too-large');
  return { scenario, seed, position, inputs: rawInputs.map(decodeInput) };
}

/** Reads a hash: no run (`#intro`, empty), a run, or a `#sim=` link refused with its reason. */
export function readRunLink(hash: string): LinkReading {
  if (typeof hash !== 'string' || !hash.startsWith(PREFIX)) return { kind: 'none' };
  if (hash.length > PREFIX.length + LINK_LIMITS.chars) return { kind: 'refused', reason: 'too-large' };
  try {
    return { kind: 'run', run: decodeBody(hash.slice(PREFIX.length)) };
  } catch (err) {
    return { kind: 'refused', reason: err instanceof Refused ? err.reason : 'malformed' };
  }
}

/** Parses a hash produced by encodeRun; undefined for anything else. */
export function decodeRun(hash: string): SharedRun | undefined {
  const reading = readRunLink(hash);
  return reading.kind === 'run' ? reading.run : undefined;
}
