/** @jsxImportSource preact */
// The simulation player island: one per note, configured by its scenario. It owns the reader's
// session (replayable run) and lays out the diagram, controls, narration and the tabbed views.
// The island hydrates without the engine and draws the build-time first frame; the engine is fetched
// on the reader's first sign of interest (pointer over the player, focus inside it, a touch, a Run
// button, a saved run to restore). Actions taken before it arrives wait for it, in order.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { Lang, Scenario } from '../../src/sim/scenarios/types.ts';
import type { SharedRun } from './model/url-state.ts';
import type { SimStrings } from '../../src/i18n/sim.ts';
import { fmt } from './format.ts';
import type { Action, FaultKind, Session } from './model/session.ts';
import { encodeRun } from './model/url-state.ts';
import { readSavedRun, saveRun } from './persistence.ts';
import { shortcutFor } from './shortcuts.ts';
import { complete, ETCD_KEYS } from './model/completion.ts';
import { meaningful, summarisePassed } from './model/background.ts';
import { pageFiles } from './model/files.ts';
import { clearStoredFiles, readStoredFiles, saveStoredFiles, startingFiles } from './model/file-store.ts';
import { etcdKeys, loadEngine, objectNames, prepareCommands, readView, scenarioSession, type EngineModule, type InspectableCluster } from './engine.ts';
import { frameOf, type Frame } from './model/frame.ts';
import { Diagram, type Selection } from './Diagram.tsx';
import { Controls } from './Controls.tsx';
import { Narration } from './Narration.tsx';
import { Terminal } from './Terminal.tsx';
import { EditorHost } from './EditorHost.tsx';
import { EventLog } from './EventLog.tsx';
import { Inspector } from './Inspector.tsx';
import { Faults } from './Faults.tsx';
import { HelpPopover } from './HelpPopover.tsx';
import { StaticFallback } from './StaticFallback.tsx';
import { EtcdPanel } from './panels/EtcdPanel.tsx';
import { SchedulerPanel } from './panels/SchedulerPanel.tsx';
import { RolloutPanel } from './panels/RolloutPanel.tsx';
import { KubeProxyPanel } from './panels/KubeProxyPanel.tsx';
import { consumeRunRequests, RUN_EVENT, type RunRequest } from './run-queue.ts';
import { registerTestHook } from './test-hook.ts';
import './player.css';

/** Passed by Sim.astro as plain data (serialised into the page), so neither every scenario nor both languages' strings are bundled. */
interface Props {
  scenario: Scenario;
  lang: Lang;
  t: SimStrings;
  /** Step 0 of the scenario, computed at build time: drawn until the engine has loaded. */
  firstFrame: Frame;
}

type TabId = 'terminal' | 'log' | 'inspector' | 'etcd' | 'scheduler' | 'kube-proxy' | 'rollout' | 'faults';

/** idle: engine not requested yet; loading: fetching it (and replaying a saved run); ready; failed: the fetch failed. */
type EngineState = 'idle' | 'loading' | 'ready' | 'failed';

/** How many times faster than the wall clock virtual time runs in live mode. */
const SPEEDS = [1, 2, 5];
/** How far the skip button moves the virtual clock (the kubelet heartbeat period). */
const SKIP_MS = 10_000;
/** Live mode: how often the virtual clock catches up with the wall clock, and the most it may lag (a throttled background tab) before it stops catching up. */
const LIVE_TICK_MS = 100;
const LIVE_MAX_LAG_MS = 1_000;

export default function Player({ scenario, lang, t, firstFrame }: Props) {
  // The server render (and the first client render, so hydration matches) is the static fallback;
  // the live player replaces it once mounted in a browser.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return <StaticFallback scenario={scenario} lang={lang} t={t} />;
  return <PlayerBody scenario={scenario} lang={lang} t={t} firstFrame={firstFrame} />;
}

/** Every command line a session replays: the scenario's own and the reader's recorded ones. */
function linesOf(scenario: Scenario, saved: SharedRun | undefined): string[] {
  const inputs = saved?.inputs ?? [];
  return [...(scenario.setup ?? []), ...(scenario.start ?? []), ...inputs.flatMap((i) => ('cmd' in i ? [i.cmd] : []))];
}

function PlayerBody({ scenario, lang, t, firstFrame }: Props) {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const engineRef = useRef<EngineModule | undefined>(undefined);
  const sessionRef = useRef<Session<InspectableCluster> | undefined>(undefined);
  const seedRef = useRef(scenario.seed);
  const [engineState, setEngineState] = useState<EngineState>('idle');
  const [error, setError] = useState(false);
  const [playing, setPlaying] = useState(false);
  // Read by the live clock's timer: pausing takes effect at the next tick even if the effect that
  // clears the timer runs later (Preact runs effect cleanups after the next paint).
  const playingRef = useRef(playing);
  playingRef.current = playing;
  const [speed, setSpeed] = useState(1);
  const [tab, setTab] = useState<TabId>('terminal');
  const [selection, setSelection] = useState<Selection | undefined>(undefined);
  const [showSystemPods, setShowSystemPods] = useState(scenario.showSystemPods ?? false);
  const [skipBackground, setSkipBackground] = useState(true);
  const [helpOpen, setHelpOpen] = useState(false);
  const [clearedAt, setClearedAt] = useState(0);
  const [showTerminalHelp, setShowTerminalHelp] = useState(false);
  const [notice, setNotice] = useState('');
  /** Background events the last step went past, by kind (shown as one summarised line). */
  const [passed, setPassed] = useState<{ kind: string; count: number }[]>([]);
  /** What became of the share link in the address (refused or restored), until the reader acts. */
  const [linkNotice, setLinkNotice] = useState('');
  const [interacted, setInteracted] = useState(false);
  /** The run a reset replaced, offered back until the reader's next action. */
  const [undoReset, setUndoReset] = useState<Session<InspectableCluster> | undefined>(undefined);
  const rootRef = useRef<HTMLElement>(null);
  const terminalInputRef = useRef<HTMLInputElement>(null);
  /** The files the session started from (kept with them, so a reload replays on the same files). */
  const seedFilesRef = useRef<Record<string, string>>({});
  /** The note's own files: the scenario's and the page's titled YAML blocks. */
  const baseFiles = useCallback(() => ({ ...scenario.files, ...pageFiles(document) }), [scenario]);

  // Loading the engine: one promise per island; a failed fetch can be retried.
  const loadingRef = useRef<Promise<void> | undefined>(undefined);
  const ensureEngine = useCallback((): Promise<void> => {
    loadingRef.current ??= (async () => {
      setEngineState('loading');
      try {
        const engine = await loadEngine();
        const { run: saved, from } = readSavedRun(scenario.id);
        await prepareCommands(engine, linesOf(scenario, saved));
        engineRef.current = engine;
        seedRef.current = saved?.seed ?? scenario.seed;
        try {
          seedFilesRef.current = startingFiles(baseFiles(), readStoredFiles(scenario.id), !!saved);
          const session = scenarioSession(engine, scenario, seedRef.current, seedFilesRef.current);
          if (saved) session.restore(saved.inputs, saved.position);
          sessionRef.current = session;
          if (saved && from === 'link') setLinkNotice(fmt(t.link.restored, { p: session.position, n: saved.inputs.length }));
        } catch (err) {
          console.warn(err);
          setError(true);
        }
        setEngineState('ready');
      } catch (err) {
        console.warn(err);
        loadingRef.current = undefined;
        setEngineState('failed');
        throw err;
      }
    })();
    return loadingRef.current;
  }, [scenario, t, baseFiles]);

  // Operations run in order: at once when the engine is ready and nothing is waiting, otherwise after
  // whatever is ahead of them (the engine's arrival, a command's lazily loaded CLI parts).
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const waitingRef = useRef(0);
  const schedule = useCallback(
    (op: () => void, commandLines?: string[]) => {
      if (sessionRef.current && waitingRef.current === 0 && !commandLines) {
        op();
        return;
      }
      waitingRef.current++;
      bump(0);
      queueRef.current = queueRef.current
        .then(() => ensureEngine())
        .then(() => (engineRef.current && commandLines ? prepareCommands(engineRef.current, commandLines) : undefined))
        .then(op)
        .catch((err: unknown) => console.warn(err))
        .finally(() => {
          waitingRef.current--;
          bump(0);
        });
    },
    [ensureEngine],
  );

  /** Runs an engine operation, turning exceptions into the error banner instead of a broken island. */
  const guard = useCallback(
    (op: (s: Session<InspectableCluster>) => void, commandLines?: string[]) =>
      schedule(() => {
        const s = sessionRef.current;
        if (!s) return;
        try {
          op(s);
        } catch (err) {
          console.warn(err);
          setPlaying(false);
          setError(true);
        }
        setInteracted(true);
        setLinkNotice('');
        bump(0);
      }, commandLines),
    [schedule],
  );

  /** Commands that arrived (Run buttons) while a line waits on the editor: the shell is busy until it closes. */
  const heldRef = useRef<Action[]>([]);
  const act = useCallback(
    (action: Action) =>
      guard(
        (s) => {
          if ('cmd' in action && s.pendingEdit()) {
            heldRef.current.push(action);
            return;
          }
          setPassed([]);
          setUndoReset(undefined);
          const entry = s.act(action);
          if (entry) s.runUntilDone(entry);
          setNotice(s.forked ? t.controls.forked : '');
        },
        'cmd' in action ? [action.cmd] : undefined,
      ),
    [guard, t],
  );

  const runCommand = useCallback(
    (raw: string) => {
      const line = raw.trim();
      if (!line) return;
      setTab('terminal');
      if (line === 'clear') {
        setClearedAt(sessionRef.current?.transcript.length ?? 0);
        setShowTerminalHelp(false);
        return;
      }
      if (line === 'help') {
        setShowTerminalHelp(true);
        return;
      }
      setShowTerminalHelp(false);
      // The note's files are in the session's file system from the start (baseFiles), so `ls` lists
      // them and an edited copy is what `-f` reads.
      act({ cmd: line });
      // Doing is live: the cluster goes on between commands, as a real one does.
      schedule(() => setPlaying(true));
    },
    [act, scenario],
  );

  const fault = useCallback((kind: FaultKind, target: string) => act({ fault: kind, target }), [act]);
  // The editor's answer resumes the line waiting on it (recorded like a typed line); the terminal
  // takes the focus back.
  const answerEdit = useCallback(
    (answer: string | null) => {
      act({ edit: answer });
      // Then what was held back while the editor was open, in order (it waits again if one opens an editor).
      for (const held of heldRef.current.splice(0)) act(held);
      schedule(() => requestAnimationFrame(() => terminalInputRef.current?.focus()));
    },
    [act, schedule],
  );

  // With background events skipped, one step is one event worth narrating (heartbeats, Raft ticks and
  // timers are still delivered and recorded on the way, so the timeline keeps every event).
  // With background events skipped, a step stops at the next meaningful event (foreground, or one the
  // note is about); the background events it went past are summarised under the caption.
  const isMeaningful = useMemo(() => meaningful(scenario.stopAt), [scenario]);
  const stepForward = useCallback(
    (s: Session<InspectableCluster>) => {
      if (!skipBackground) return s.forward();
      const from = s.position;
      const entry = s.forwardTo(isMeaningful);
      const passed = [];
      for (let p = from + 1; p < s.position; p++) {
        const e = s.entryAt(p);
        if (e) passed.push(e);
      }
      setPassed(summarisePassed(passed));
      return entry;
    },
    [skipBackground, isMeaningful],
  );
  // Studying is stepping: any step, jump or skip stops the live clock.
  const study = useCallback((op: (s: Session<InspectableCluster>) => void) => {
    setPlaying(false);
    setPassed([]);
    setUndoReset(undefined);
    guard(op);
  }, [guard]);
  const forward = useCallback(() => study((s) => void stepForward(s)), [study, stepForward]);
  const back = useCallback(() => study((s) => (skipBackground ? s.backTo(isMeaningful) : s.back())), [study, skipBackground, isMeaningful]);
  const jump = useCallback((p: number) => study((s) => s.jump(p)), [study]);
  const skip = useCallback(() => study((s) => s.advanceTime(SKIP_MS)), [study]);
  const togglePlay = useCallback(() => schedule(() => setPlaying((p) => !p)), [schedule]);
  const reset = useCallback(() => {
    setPlaying(false);
    setClearedAt(0);
    setNotice('');
    setError(false);
    if (!engineRef.current) {
      // Nothing ran yet (or the fetch failed): fetch the engine again.
      void ensureEngine().catch(() => undefined);
      return;
    }
    const before = sessionRef.current;
    try {
      // The note's start, files included.
      heldRef.current = [];
      clearStoredFiles(scenario.id);
      seedFilesRef.current = baseFiles();
      sessionRef.current = scenarioSession(engineRef.current, scenario, seedRef.current, seedFilesRef.current);
    } catch (err) {
      console.warn(err);
      setError(true);
    }
    // A reset throws away the reader's run: it stays undoable until the next action.
    setUndoReset(before && before.inputs.length > 0 ? before : undefined);
    setInteracted(true);
    bump(0);
  }, [scenario, ensureEngine, baseFiles]);
  const undo = useCallback(() => {
    if (!undoReset) return;
    setPlaying(false);
    sessionRef.current = undoReset;
    setUndoReset(undefined);
    bump(0);
  }, [undoReset]);

  // Live mode: virtual time follows the wall clock (times the speed). Every event on the way is a
  // recorded step, and commands are stamped with the step they were entered at, so a replay or a
  // share link reproduces the run exactly. Commands' own events may put virtual time ahead of the
  // wall clock; it then waits for the wall clock to catch up.
  useEffect(() => {
    if (!playing) return;
    let wall = performance.now();
    let virtual: number | undefined;
    const timer = setInterval(() => {
      if (!playingRef.current) return;
      guard((s) => {
        const now = performance.now();
        virtual ??= s.cluster.now();
        let target = virtual + (now - wall) * speed;
        if (target - s.cluster.now() > LIVE_MAX_LAG_MS * speed) {
          // Far behind (a throttled tab): go on from here rather than racing through the gap.
          wall = now;
          virtual = s.cluster.now();
          target = virtual;
        }
        s.advanceTo(target);
      });
    }, LIVE_TICK_MS);
    return () => clearInterval(timer);
  }, [playing, speed, guard]);

  // A run to restore (share link, reload) needs the engine at once; otherwise it waits for interest.
  // A link that cannot be restored is said in words, and the player starts clean without waiting.
  useEffect(() => {
    const saved = readSavedRun(scenario.id);
    if (saved.run) void ensureEngine().catch(() => undefined);
    if (saved.refused) {
      const reason = saved.refused === 'too-large' ? t.link.tooLarge : saved.refused === 'too-far' ? t.link.tooFar : t.link.malformed;
      setLinkNotice(fmt(t.link.refused, { reason }));
    }
  }, [scenario.id, ensureEngine, t]);
  const onInterest = useCallback(() => {
    if (!loadingRef.current) void ensureEngine().catch(() => undefined);
  }, [ensureEngine]);

  // Share link and reload persistence (only once the reader did something, to keep plain URLs clean).
  const session = sessionRef.current;
  const position = session?.position ?? 0;
  const inputCount = session?.inputs.length ?? 0;
  useEffect(() => {
    if (!interacted || !sessionRef.current) return;
    const s = sessionRef.current;
    saveRun({ scenario: scenario.id, seed: seedRef.current, position: s.position, inputs: s.inputs }, !playing);
  }, [interacted, position, inputCount, playing, scenario.id]);
  // The files change only when a command finishes: kept for a reload or a later visit (file-store.ts).
  const finishedCommands = session?.transcript.filter((e) => e.done).length ?? 0;
  useEffect(() => {
    const s = sessionRef.current;
    if (!interacted || !s) return;
    saveStoredFiles(scenario.id, { seed: seedFilesRef.current, current: s.cluster.files() });
  }, [interacted, finishedCommands, inputCount, scenario.id]);

  // Commands sent by the Run buttons of the note's code blocks.
  useEffect(() => {
    const take = (requests: RunRequest[]) => {
      for (const r of requests) for (const c of r.commands) runCommand(c);
      // Focus goes to the terminal where typing is likely next; not on touch screens, where focusing an
      // input raises the on-screen keyboard over the output the reader wants to see.
      if (requests.length && matchMedia('(pointer: fine)').matches) requestAnimationFrame(() => terminalInputRef.current?.focus({ preventScroll: true }));
    };
    take(consumeRunRequests());
    const onRun = () => take(consumeRunRequests());
    document.addEventListener(RUN_EVENT, onRun);
    return () => document.removeEventListener(RUN_EVENT, onRun);
  }, [runCommand]);

  useEffect(
    () =>
      registerTestHook(scenario.id, () => sessionRef.current, {
        forward,
        back,
        jump,
        runCommand,
        load: () => ensureEngine(),
        idle: () => queueRef.current,
      }),
    [scenario.id, forward, back, jump, runCommand, ensureEngine],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const { key, altKey, ctrlKey, metaKey, shiftKey } = e;
    const action = shortcutFor({ key, altKey, ctrlKey, metaKey, shiftKey, target: e.target as Element | null }, helpOpen);
    if (!action) return;
    e.preventDefault();
    if (action === 'toggle-play') togglePlay();
    else if (action === 'forward') forward();
    else if (action === 'forward-one') study((s) => void s.forward());
    else if (action === 'back') back();
    else if (action === 'first') jump(0);
    else if (action === 'last') study((s) => s.jump(s.horizon));
    else setHelpOpen(action === 'help');
  };

  const title = scenario.title[lang];
  if (error || (engineState === 'ready' && !session)) {
    return (
      <section class="sim-player" aria-label={fmt(t.region, { title })} ref={rootRef} data-engine="error">
        <p role="alert" class="sim-error">
          {t.engineError}
        </p>
        <button type="button" class="sim-button" onClick={reset}>
          {t.controls.reset}
        </button>
      </section>
    );
  }

  const cluster = session?.cluster;
  const frame: Frame = session ? frameOf(session, scenario, readView) : firstFrame;
  const pendingEdit = session?.pendingEdit();
  const view = frame.view;
  const current = frame.current;
  const names = (resource: string, ns: string | undefined) =>
    !cluster ? [] : resource === ETCD_KEYS ? etcdKeys(cluster) : objectNames(cluster, resource, ns);
  // The reader hears about loading only when something waits for it (a hover alone fetches silently).
  const showLoading = engineState === 'failed' || (engineState === 'loading' && waitingRef.current > 0);
  const loadingBanner = (
    <p class="sim-loading" role={engineState === 'failed' ? 'alert' : 'status'}>
      {engineState === 'failed' ? t.engineLoadFailed : t.engineLoading}{' '}
      {engineState === 'failed' && (
        <button type="button" class="sim-button" onClick={reset}>
          {t.retry}
        </button>
      )}
    </p>
  );
  const needsEngine = <p class="sim-loading">{engineState === 'failed' ? t.engineLoadFailed : t.engineLoading}</p>;

  const tabs: { id: TabId; label: string }[] = [
    { id: 'terminal', label: t.tabs.terminal },
    { id: 'log', label: t.tabs.log },
    { id: 'inspector', label: t.tabs.inspector },
    ...scenario.panels.map((p) => ({
      id: p as TabId,
      label: p === 'etcd' ? t.tabs.etcd : p === 'scheduler' ? t.tabs.scheduler : p === 'rollout' ? t.tabs.rollout : t.tabs.kubeProxy,
    })),
    ...(scenario.faults.length ? [{ id: 'faults' as TabId, label: t.tabs.faults }] : []),
  ];
  const tabIdBase = `sim-${scenario.id}`;
  // EventLog counts rows in the frame's log window; the session's marks are absolute positions.
  const positionOf = (i: number) => (session ? session.positionOfEntry(i + (frame.logStart ?? 0)) : 0);

  return (
    <section
      class="sim-player"
      aria-label={fmt(t.region, { title })}
      ref={rootRef}
      onKeyDown={onKeyDown}
      onPointerEnter={onInterest}
      onFocusIn={onInterest}
      onTouchStart={onInterest}
      data-engine={engineState}
    >
      <header class="sim-header">
        <h2 class="sim-title">{title}</h2>
        <HelpPopover t={t} open={helpOpen} onToggle={setHelpOpen} />
      </header>
      <p class="sim-summary">{scenario.summary[lang]}</p>
      <Controls
        t={t}
        position={frame.position}
        horizon={frame.horizon}
        time={frame.time}
        playing={playing}
        speed={speed}
        speeds={SPEEDS}
        onReset={reset}
        onBack={back}
        onForward={forward}
        onSkip={skip}
        skipBackground={skipBackground}
        onSkipBackground={setSkipBackground}
        onTogglePlay={togglePlay}
        onSpeed={setSpeed}
        onJump={jump}
        shareHash={() => encodeRun({ scenario: scenario.id, seed: seedRef.current, position: frame.position, inputs: session?.inputs ?? [] })}
      />
      {showLoading && loadingBanner}
      {notice && (
        <p class="sim-notice" role="status">
          {notice}
        </p>
      )}
      {undoReset && (
        <p class="sim-notice sim-reset-notice" role="status">
          {t.controls.resetDone}{' '}
          <button type="button" class="sim-button" data-action="undo-reset" onClick={undo}>
            {t.controls.undoReset}
          </button>
        </p>
      )}
      {linkNotice && (
        <p class="sim-notice sim-link-notice" role="status">
          {linkNotice}
        </p>
      )}
      <div class="sim-main">
        <Narration t={t} lang={lang} current={current} part="caption" passed={passed} />
        <Diagram
          t={t}
          lang={lang}
          view={view}
          current={current}
          focus={scenario.focus ?? []}
          showEtcdRoles={(scenario.focus ?? []).includes('etcd')}
          selection={selection}
          showSystemPods={showSystemPods}
          onShowSystemPods={setShowSystemPods}
          onSelect={(sel) => {
            setSelection(sel);
            setTab('inspector');
          }}
        />
        <Narration
          t={t}
          lang={lang}
          current={current}
          part="guide"
          steps={scenario.steps}
          reached={frame.reached}
          onRun={runCommand}
        />
      </div>
      <div class="sim-tabs" role="tablist" aria-label={t.tabs.label}>
        {tabs.map((tb) => (
          <button
            type="button"
            role="tab"
            id={`${tabIdBase}-tab-${tb.id}`}
            aria-selected={tab === tb.id}
            aria-controls={`${tabIdBase}-panel`}
            tabIndex={0}
            class="sim-tab"
            onClick={() => setTab(tb.id)}
          >
            {tb.label}
          </button>
        ))}
      </div>
      <div class="sim-tabpanel" role="tabpanel" id={`${tabIdBase}-panel`} aria-labelledby={`${tabIdBase}-tab-${tab}`}>
        {tab === 'terminal' && pendingEdit && (
          <EditorHost key={`${frame.transcript.length}:${pendingEdit.path}`} lang={lang} request={pendingEdit} onDone={answerEdit} />
        )}
        {tab === 'terminal' && !pendingEdit && (
          <Terminal
            t={t}
            lang={lang}
            entries={frame.transcript.slice(clearedAt)}
            showHelp={showTerminalHelp}
            onRun={runCommand}
            complete={(line) => complete(line, names)}
            needsMoreInput={(text) => engineRef.current?.needsMoreInput?.(text) ?? false}
            prompt={shellPromptOf(sessionRef.current?.cluster)}
            history={frame.history}
            inputRef={terminalInputRef}
          />
        )}
        {tab === 'log' && (
          <EventLog
            t={t}
            lang={lang}
            log={frame.log}
            base={frame.base}
            position={frame.position}
            positionOf={positionOf}
            hideBackground={skipBackground}
            onHideBackground={setSkipBackground}
            onJump={jump}
          />
        )}
        {tab === 'inspector' && (cluster ? <Inspector t={t} lang={lang} cluster={cluster} view={view} selection={selection} onSelect={setSelection} /> : needsEngine)}
        {tab === 'etcd' && (cluster ? <EtcdPanel t={t} cluster={cluster} view={view} /> : needsEngine)}
        {tab === 'scheduler' && (cluster ? <SchedulerPanel t={t} cluster={cluster} current={current} /> : needsEngine)}
        {tab === 'rollout' && (cluster ? <RolloutPanel t={t} cluster={cluster} /> : needsEngine)}
        {tab === 'kube-proxy' && (cluster ? <KubeProxyPanel t={t} cluster={cluster} view={view} /> : needsEngine)}
        {tab === 'faults' && <Faults t={t} view={view} allowed={scenario.faults} onFault={fault} />}
      </div>
      <p class="sim-simplified">{t.simplified}</p>
    </section>
  );
}

/**
 * The prompt the terminal's input shows: `$` on the control plane (the shell the notes start in),
 * the real prompt once the reader is elsewhere (`root@node01:~#` after ssh, `/ #` inside a container).
 */
function shellPromptOf(cluster: { prompt?(): string } | undefined): string {
  const prompt = cluster?.prompt?.().trim();
  return !prompt || prompt.startsWith('root@controlplane:') ? '$' : prompt;
}
