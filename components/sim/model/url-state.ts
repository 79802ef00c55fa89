// Share links and reload persistence: the URL hash carries the scenario, seed, inputs and step, so
// opening the link replays the same run to the same step. Anything malformed is ignored, never thrown.
import type { FaultKind, Input } from './session.ts';

export interface SharedRun {
  scenario: string;
  seed: number;
  position: number;
  inputs: Input[];
}

const PREFIX = '#sim=';
const FAULTS: readonly FaultKind[] = ['stopKubelet', 'startKubelet', 'stopEtcdMember', 'startEtcdMember', 'deletePod'];

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

/** Compact JSON: [scenario, seed, position, inputs as [at, 'c', line, files?] | [at, 'f', fault, target]]. */
export function encodeRun(run: SharedRun): string {
  const inputs = run.inputs.map((i) =>
    'cmd' in i ? (i.files ? [i.at, 'c', i.cmd, i.files] : [i.at, 'c', i.cmd]) : [i.at, 'f', i.fault, i.target],
  );
  return PREFIX + toBase64Url(JSON.stringify([run.scenario, run.seed, run.position, inputs]));
}

const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

function decodeInput(raw: unknown): Input | undefined {
  if (!Array.isArray(raw) || !isNat(raw[0])) return undefined;
  const [at, tag, a, b] = raw as [number, unknown, unknown, unknown];
  if (tag === 'c' && typeof a === 'string' && raw.length <= 4) {
    if (b === undefined) return { at, cmd: a };
    return isStringRecord(b) ? { at, cmd: a, files: b } : undefined;
  }
  if (tag === 'f' && FAULTS.includes(a as FaultKind) && typeof b === 'string' && raw.length === 4) {
    return { at, fault: a as FaultKind, target: b };
  }
  return undefined;
}

/** Parses a hash produced by encodeRun; undefined for anything else. */
export function decodeRun(hash: string): SharedRun | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(hash.slice(PREFIX.length)));
  } catch {
    return undefined;
  }
  if (!Array.isArray(data) || data.length !== 4) return undefined;
  const [scenario, seed, position, rawInputs] = data as unknown[];
  if (typeof scenario !== 'string' || !isNat(seed) || !isNat(position) || !Array.isArray(rawInputs)) return undefined;
  const inputs: Input[] = [];
  for (const raw of rawInputs) {
    const input = decodeInput(raw);
    if (!input) return undefined;
    inputs.push(input);
  }
  return { scenario, seed, position, inputs };
}
