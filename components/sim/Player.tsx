/** @jsxImportSource preact */
// The simulation player island: one per note, configured by its scenario. It owns the reader's
// session (replayable run) and lays out the diagram, controls, narration and the tabbed views.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { Lang, Scenario } from '../../src/sim/scenarios/types.ts';
import type { SimStrings } from '../../src/i18n/sim.ts';
import { fmt } from './format.ts';
import { Session, type Action, type FaultKind } from './model/session.ts';
import { encodeRun } from './model/url-state.ts';
import { readSavedRun, saveRun } from './persistence.ts';
import { shortcutFor } from './shortcuts.ts';
import { complete, ETCD_KEYS } from './model/completion.ts';
import { reachedStep } from './model/guided.ts';
import { isForeground } from './model/background.ts';
import { filesForCommand, pageFiles } from './model/files.ts';
import { clusterFactory, etcdKeys, objectNames, readView, type InspectableCluster } from './engine.ts';
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
}

type TabId = 'terminal' | 'log' | 'inspector' | 'etcd' | 'scheduler' | 'kube-proxy' | 'rollout' | 'faults';

const SPEEDS = [0.5, 1, 2, 4, 8, 16, 32];
/** How far the skip button moves the virtual clock (the kubelet heartbeat period). */
const SKIP_MS = 10_000;

export default function Player({ scenario, lang, t }: Props) {
  // The server render (and the first client render, so hydration matches) is the static fallback;
  // the live player replaces it once mounted in a browser.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return <StaticFallback scenario={scenario} lang={lang} t={t} />;
  return <PlayerBody scenario={scenario} lang={lang} t={t} />;
}

function createSession(scenario: Scenario, seed: number): Session<InspectableCluster> {
  return new Session({ create: clusterFactory(scenario, seed), setup: scenario.setup, start: scenario.start, files: scenario.files });
}

function PlayerBody({ scenario, lang, t }: { scenario: Scenario; lang: Lang; t: SimStrings }) {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const initial = useMemo(() => {
    const saved = readSavedRun(scenario.id);
    const seed = saved?.seed ?? scenario.seed;
    try {
      const session = createSession(scenario, seed);
      if (saved) session.restore(saved.inputs, saved.position);
      return { session, seed, error: false };
    } catch (err) {
      console.warn(err);
      return { session: undefined, seed, error: true };
    }
  }, [scenario]);
  const sessionRef = useRef(initial.session);
  const [error, setError] = useState(initial.error);
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

  const session = sessionRef.current;

  /** Runs an engine operation, turning exceptions into the error banner instead of a broken island. */
  const guard = useCallback((op: (s: Session<InspectableCluster>) => void) => {
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
  }, []);

  const act = useCallback(
    (action: Action) =>
      guard((s) => {
        const entry = s.act(action);
        if (entry) s.runUntilDone(entry);
        setNotice(s.forked ? t.controls.forked : '');
      }),
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
  const reset = useCallback(() => {
    setPlaying(false);
    setClearedAt(0);
    setNotice('');
    setError(false);
    try {
      sessionRef.current = createSession(scenario, initial.seed);
    } catch (err) {
      console.warn(err);
      setError(true);
    }
    setInteracted(true);
    bump(0);
  }, [scenario, initial.seed]);

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

  // Share link and reload persistence (only once the reader did something, to keep plain URLs clean).
  const position = session?.position ?? 0;
  const inputCount = session?.inputs.length ?? 0;
  useEffect(() => {
    if (!interacted || !sessionRef.current) return;
    const s = sessionRef.current;
    saveRun({ scenario: scenario.id, seed: initial.seed, position: s.position, inputs: s.inputs }, !playing);
  }, [interacted, position, inputCount, playing, scenario.id, initial.seed]);

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

  useEffect(() => registerTestHook(scenario.id, () => sessionRef.current, { forward, back, jump, runCommand }), [
    scenario.id,
    forward,
    back,
    jump,
    runCommand,
  ]);

  const onKeyDown = (e: KeyboardEvent) => {
    const { key, altKey, ctrlKey, metaKey, shiftKey } = e;
    const action = shortcutFor({ key, altKey, ctrlKey, metaKey, shiftKey, target: e.target as Element | null }, helpOpen);
    if (!action) return;
    e.preventDefault();
    if (action === 'toggle-play') setPlaying((p) => !p);
    else if (action === 'forward') forward();
    else if (action === 'forward-one') guard((s) => void s.forward());
    else if (action === 'back') back();
    else if (action === 'first') jump(0);
    else if (action === 'last') jump(session?.horizon ?? 0);
    else setHelpOpen(action === 'help');
  };

  const title = scenario.title[lang];
  if (!session || error) {
    return (
      <section class="sim-player" aria-label={fmt(t.region, { title })} ref={rootRef}>
        <p role="alert" class="sim-error">
          {t.engineError}
        </p>
        <button type="button" class="sim-button" onClick={reset}>
          {t.controls.reset}
        </button>
      </section>
    );
  }

  const cluster = session.cluster;
  const view = readView(cluster);
  const current = session.currentEntry();
  const logSinceStart = cluster.log.slice(session.base, session.marks[session.position] ?? cluster.log.length);
  const reached = reachedStep(
    scenario.steps,
    logSinceStart,
    session.transcript.filter((e) => !e.scripted).map((e) => e.line),
  );
  const names = (resource: string, ns: string | undefined) =>
    resource === ETCD_KEYS ? etcdKeys(cluster) : objectNames(cluster, resource, ns);

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

  return (
    <section class="sim-player" aria-label={fmt(t.region, { title })} ref={rootRef} onKeyDown={onKeyDown}>
      <header class="sim-header">
        <h2 class="sim-title">{title}</h2>
        <HelpPopover t={t} open={helpOpen} onToggle={setHelpOpen} />
      </header>
      <p class="sim-summary">{scenario.summary[lang]}</p>
      <Controls
        t={t}
        position={session.position}
        horizon={session.horizon}
        time={cluster.now()}
        playing={playing}
        speed={speed}
        speeds={SPEEDS}
        onReset={reset}
        onBack={back}
        onForward={forward}
        onSkip={skip}
        skipBackground={skipBackground}
        onSkipBackground={setSkipBackground}
        onTogglePlay={() => setPlaying((p) => !p)}
        onSpeed={setSpeed}
        onJump={jump}
        shareHash={() => encodeRun({ scenario: scenario.id, seed: initial.seed, position: session.position, inputs: session.inputs })}
      />
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
          reached={reached}
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
            entries={session.transcript.slice(clearedAt).map((e) => ({ line: e.line, result: session.resultOf(e) }))}
            showHelp={showTerminalHelp}
            onRun={runCommand}
            complete={(line) => complete(line, names)}
            history={session.transcript.filter((e) => !e.scripted).map((e) => e.line)}
            inputRef={terminalInputRef}
          />
        )}
        {tab === 'log' && (
          <EventLog
            t={t}
            lang={lang}
            log={session.horizonLog}
            base={session.base}
            position={session.position}
            positionOf={(i) => session.positionOfEntry(i)}
            hideBackground={skipBackground}
            onHideBackground={setSkipBackground}
            onJump={jump}
          />
        )}
        {tab === 'inspector' && <Inspector t={t} lang={lang} cluster={cluster} view={view} selection={selection} onSelect={setSelection} />}
        {tab === 'etcd' && <EtcdPanel t={t} cluster={cluster} view={view} />}
        {tab === 'scheduler' && <SchedulerPanel t={t} cluster={cluster} current={current} />}
        {tab === 'rollout' && <RolloutPanel t={t} cluster={cluster} />}
        {tab === 'kube-proxy' && <KubeProxyPanel t={t} cluster={cluster} view={view} />}
        {tab === 'faults' && <Faults t={t} view={view} allowed={scenario.faults} onFault={fault} />}
      </div>
      <p class="sim-simplified">{t.simplified}</p>
    </section>
  );
}
