// The terminal's error stream, split into what the real tools print (kept verbatim, in English, as
// kubectl and bash print it) and the simulation's own notices ("… is not available in this
// simulation"), which speak the page's language. A `command not found` from the shell stays as bash
// prints it and gets a notice of the simulation after it.
import type { Lang } from '../../../src/sim/scenarios/types.ts';

export type OutputPiece = { kind: 'stderr' | 'notice'; text: string };

/** A notice of the simulation itself: `<prefix><subject> is not available in this simulation<rest>`. */
const NOT_HERE = /^(error: |Error: |bash: )?(.*?):? (?:is |are )?not (?:available|supported) in this simulation(.*)$/;
const NOT_FOUND = /^(?:bash: )?\S+: command not found$/;

const REST_KO: Record<string, string> = {
  '; it uses client-side apply with the last-applied-configuration annotation': '. 대신 last-applied-configuration 어노테이션을 쓰는 클라이언트 측 apply를 쓴다',
};

export interface NoticeStrings {
  /** {subject}: what is not available. */
  notAvailable: string;
  notFound: string;
}

function localised(line: string, lang: Lang, t: NoticeStrings): string | undefined {
  const m = NOT_HERE.exec(line);
  if (!m) return undefined;
  if (lang === 'en') return line;
  const [, , subject, rest] = m;
  return t.notAvailable.replace('{subject}', subject) + (REST_KO[rest] ?? rest);
}

export function stderrPieces(stderr: string, lang: Lang, t: NoticeStrings): OutputPiece[] {
  const pieces: OutputPiece[] = [];
  const push = (kind: OutputPiece['kind'], text: string) => {
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kind) last.text += text;
    else pieces.push({ kind, text });
  };
  const lines = stderr.split('\n');
  const trailing = lines[lines.length - 1] === '' ? lines.pop() : undefined;
  lines.forEach((line, i) => {
    const end = i < lines.length - 1 || trailing !== undefined ? '\n' : '';
    const notice = localised(line, lang, t);
    if (notice !== undefined) push('notice', notice + end);
    else {
      push('stderr', line + end);
      if (NOT_FOUND.test(line)) push('notice', t.notFound + '\n');
    }
  });
  return pieces;
}
