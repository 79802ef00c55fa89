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
import { isForeground } from './model/background.ts';
import { filesForCommand, pageFiles } from './model/files.ts';
import { etcdKeys, loadEngine, objectNames, prepareCommands, readView, scenarioSession, type EngineModule, type InspectableCluster } from './engine.ts';
import { frameOf, type Frame } from './model/frame.ts';
import { Diagram, type Selection } from './Diagram.tsx';
import { Controls } from './Controls.tsx';
import { Narration } from './Narration.tsx';
import { Terminal } from './Terminal.tsx';
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

const SPEEDS = [0.5, 1, 2, 4, 8, 16, 32];
/** How far the skip button moves the virtual clock (the kubelet heartbeat period). */
const SKIP_MS = 10_000;

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
  const [speed, setSpeed] = useState(1);
  const [tab, setTab] = useState<TabId>('terminal');
  const [selection, setSelection] = useState<Selection | undefined>(undefined);
  const [showSystemPods, setShowSystemPods] = useState(scenario.showSystemPods ?? false);
  const [skipBackground, setSkipBackground] = useState(true);
  const [helpOpen, setHelpOpen] = useState(false);
  const [clearedAt, setClearedAt] = useState(0);
  const [showTerminalHelp, setShowTerminalHelp] = useState(false);
  const [notice, setNotice] = useState('');
  const [interacted, setInteracted] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const terminalInputRef = useRef<HTMLInputElement>(null);

  // Loading the engine: one promise per island; a failed fetch can be retried.
  const loadingRef = useRef<Promise<void> | undefined>(undefined);
  const ensureEngine = useCallback((): Promise<void> => {
    loadingRef.current ??= (async () => {
      setEngineState('loading');
      try {
        const engine = await loadEngine();
        const saved = readSavedRun(scenario.id);
        await prepareCommands(engine, linesOf(scenario, saved));
        engineRef.current = engine;
        seedRef.current = saved?.seed ?? scenario.seed;
        try {
          const session = scenarioSession(engine, scenario, seedRef.current);
          if (saved) session.restore(saved.inputs, saved.position);
          sessionRef.current = session;
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
  }, [scenario]);

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
        bump(0);
      }, commandLines),
    [schedule],
  );

  const act = useCallback(
    (action: Action) =>
      guard(
        (s) => {
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
      const files = filesForCommand(line, { ...scenario.files, ...pageFiles(document) });
      act(files ? { cmd: line, files } : { cmd: line });
    },
    [act, scenario],
  );

  const fault = useCallback((kind: FaultKind, target: string) => act({ fault: kind, target }), [act]);

  // With background events skipped, one step is one event worth narrating (heartbeats, Raft ticks and
  // timers are still delivered and recorded on the way, so the timeline keeps every event).
  const stepForward = useCallback(
    (s: Session<InspectableCluster>) => (skipBackground ? s.forwardTo(isForeground) : s.forward()),
    [skipBackground],
  );
  const forward = useCallback(() => guard((s) => void stepForward(s)), [guard, stepForward]);
  const back = useCallback(() => guard((s) => (skipBackground ? s.backTo(isForeground) : s.back())), [guard, skipBackground]);
  const jump = useCallback((p: number) => guard((s) => s.jump(p)), [guard]);
  const skip = useCallback(() => guard((s) => s.advanceTime(SKIP_MS)), [guard]);
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
    try {
      sessionRef.current = scenarioSession(engineRef.current, scenario, seedRef.current);
    } catch (err) {
      console.warn(err);
      setError(true);
    }
    setInteracted(true);
    bump(0);
  }, [scenario, ensureEngine]);

  // Playback: one step per tick; stops when nothing is pending.
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      let delivered = false;
      guard((s) => {
        delivered = stepForward(s) !== undefined;
      });
      if (!delivered) setPlaying(false);
    }, 1000 / speed);
    return () => clearInterval(timer);
  }, [playing, speed, guard, stepForward]);

  // A run to restore (share link, reload) needs the engine at once; otherwise it waits for interest.
  useEffect(() => {
    if (readSavedRun(scenario.id)) void ensureEngine().catch(() => undefined);
  }, [scenario.id, ensureEngine]);
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

  // Commands sent by the Run buttons of the note's code blocks.
  useEffect(() => {
    const take = (requests: RunRequest[]) => {
      for (const r of requests) for (const c of r.commands) runCommand(c);
      if (requests.length) requestAnimationFrame(() => terminalInputRef.current?.focus());
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
    else if (action === 'forward-one') guard((s) => void s.forward());
    else if (action === 'back') back();
    else if (action === 'first') jump(0);
    else if (action === 'last') guard((s) => s.jump(s.horizon));
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
      <div class="sim-main">
        <Narration t={t} lang={lang} current={current} part="caption" />
        <Diagram
          t={t}
          lang={lang}
          view={view}
          current={current}
          focus={scenario.focus ?? []}
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
        {tab === 'terminal' && (
          <Terminal
            t={t}
            entries={frame.transcript.slice(clearedAt)}
            showHelp={showTerminalHelp}
            onRun={runCommand}
            complete={(line) => complete(line, names)}
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
