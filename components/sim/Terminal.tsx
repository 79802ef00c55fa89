/** @jsxImportSource preact */
// The simulation terminal: kubectl/etcdctl over the page's cluster, with history (↑/↓), Tab
// completion (Tab moves focus as usual when the line is empty) and copyable output.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { SimStrings } from '../../src/i18n/sim.ts';
import type { ExecResultView } from './model/cluster-contract.ts';
import type { Completion } from './model/completion.ts';
import type { Lang } from '../../src/sim/scenarios/types.ts';
import { stderrPieces } from './model/notices.ts';

interface Props {
  t: SimStrings;
  lang: Lang;
  entries: { line: string; result?: ExecResultView }[];
  showHelp: boolean;
  history: string[];
  onRun(line: string): void;
  complete(line: string): Completion;
  /** Whether the text typed so far goes on (a here-document, an open quote): bash's `> ` prompt. */
  needsMoreInput?(text: string): boolean;
  /** The prompt before the input (`$`, or where the shell is: `root@node01:~#`, `/ #`). */
  prompt?: string;
  inputRef: RefObject<HTMLInputElement>;
}

/** A command of several lines as bash echoes it: the second and later lines after its `> ` prompt. */
export function promptedLines(line: string): string {
  return line.split('\n').join('\n> ');
}

export function transcriptText(entries: Props['entries'], running: string): string {
  return entries
    .map(({ line, result }) => {
      const out = result ? result.stdout + result.stderr : running + '\n';
      return `$ ${promptedLines(line)}\n${out}`;
    })
    .join('');
}

export function Terminal({ t, lang, entries, showHelp, history, onRun, complete, needsMoreInput, prompt = '$', inputRef }: Props) {
  const [line, setLine] = useState('');
  // The lines typed so far of a command that goes on (after `cat <<EOF`): bash's `> ` prompt.
  const [pending, setPending] = useState<string[]>([]);
  const [candidates, setCandidates] = useState<string[]>([]);
  const [historyIndex, setHistoryIndex] = useState<number | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const outputRef = useRef<HTMLPreElement>(null);

  // The newest output is shown; when it is taller than the box, from its command line down, so the
  // reader sees the command and the start of what it printed (a Run button's result).
  const lastResult = entries[entries.length - 1]?.result;
  useEffect(() => {
    const el = outputRef.current;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    const commands = el.querySelectorAll('.sim-command');
    const last = commands[commands.length - 1];
    const above = last ? last.getBoundingClientRect().top - el.getBoundingClientRect().top - 8 : 0;
    if (above < 0) el.scrollTop += above;
  }, [entries.length, lastResult, showHelp]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const text = [...pending, line].join('\n');
      if (needsMoreInput?.(text)) {
        setPending([...pending, line]);
        setLine('');
        return;
      }
      setPending([]);
      onRun(text);
      setLine('');
      setCandidates([]);
      setHistoryIndex(undefined);
    } else if (e.key === 'c' && e.ctrlKey && pending.length && !window.getSelection()?.toString()) {
      // Ctrl+C abandons a command that goes on, as in bash.
      e.preventDefault();
      setPending([]);
      setLine('');
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      if (history.length === 0) return;
      e.preventDefault();
      const last = history.length - 1;
      let i = historyIndex;
      if (e.key === 'ArrowUp') i = i === undefined ? last : Math.max(0, i - 1);
      else i = i === undefined || i >= last ? undefined : i + 1;
      setHistoryIndex(i);
      setLine(i === undefined ? '' : history[i]);
    } else if (e.key === 'Tab' && !e.shiftKey && line.trim() !== '') {
      e.preventDefault();
      const c = complete(line);
      setLine(c.line);
      setCandidates(c.candidates);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(transcriptText(entries, t.terminal.running));
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div class="sim-terminal" role="group" aria-label={t.terminal.label}>
      <div class="sim-terminal-bar">
        <span class="sim-hint">{t.terminal.hint}</span>
        <button type="button" class="sim-button sim-text-button" onClick={copy}>
          {copied ? t.terminal.copied : t.terminal.copy}
        </button>
      </div>
      <pre class="sim-terminal-output" ref={outputRef} tabIndex={0} role="log" aria-label={t.terminal.output}>
        {entries.map(({ line: l, result }) => (
          <>
            <span class="sim-prompt">$ </span>
            <span class="sim-command">{promptedLines(l)}</span>
            {'\n'}
            {result ? (
              <>
                {result.stdout}
                {result.stderr &&
                  stderrPieces(result.stderr, lang, t.terminal).map((piece) =>
                    piece.kind === 'stderr' ? (
                      // The error stream is marked by a bar and, for screen readers, in words: not by colour alone.
                      <span class="sim-stderr">
                        <span class="sim-visually-hidden">{t.terminal.stderr} </span>
                        {piece.text}
                      </span>
                    ) : (
                      <span class="sim-sim-notice">{piece.text}</span>
                    ),
                  )}
              </>
            ) : (
              <span class="sim-running">{t.terminal.running + '\n'}</span>
            )}
          </>
        ))}
        {showHelp && <span class="sim-help-text">{t.terminal.helpText + '\n'}</span>}
      </pre>
      {candidates.length > 0 && (
        <p class="sim-candidates" role="status">
          <span class="sim-visually-hidden">{t.terminal.candidates}: </span>
          {candidates.join('  ')}
        </p>
      )}
      {pending.length > 0 && (
        <pre class="sim-terminal-pending">
          <span class="sim-visually-hidden">{t.terminal.continued}: </span>
          {`$ ${promptedLines(pending.join('\n'))}`}
        </pre>
      )}
      <div class="sim-terminal-input">
        <span class="sim-prompt" aria-hidden="true">
          {pending.length ? '>' : prompt}
        </span>
        <input
          ref={inputRef}
          type="text"
          value={line}
          aria-label={t.terminal.input}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          onInput={(e) => {
            setLine((e.target as HTMLInputElement).value);
            setHistoryIndex(undefined);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
    </div>
  );
}
