// One drawable moment of a run: everything the player's views read that does not need the live engine.
// The server computes the first frame of every scenario at build time (Sim.astro), so the island can
// draw step 0 before the engine has been fetched; once it runs, frames come from the live session.
import type { Scenario } from '../../../src/sim/scenarios/types.ts';
import type { ClusterViewData, ExecResultView, LogEntryView, PlayerCluster } from './cluster-contract.ts';
import { reachedStep } from './guided.ts';
import type { Session } from './session.ts';

export interface FrameTranscriptEntry {
  line: string;
  result?: ExecResultView;
}

export interface Frame {
  view: ClusterViewData;
  position: number;
  horizon: number;
  /** Virtual time in ms. */
  time: number;
  /** The log entry the latest step delivered. */
  current?: LogEntryView;
  /** Index of the latest guided step reached (-1: none yet). */
  reached: number;
  transcript: FrameTranscriptEntry[];
  /** Commands the reader typed, oldest first (terminal history). */
  history: string[];
  /** The recorded future's log; entries before `base` are the setup's and are not shown. */
  log: readonly LogEntryView[];
  base: number;
  /** Absolute index of log[0] (the engine keeps a window of recent entries); 0 when absent. */
  logStart?: number;
}

/** The frame of a live session (readView turns the engine's snapshot into the view data). */
export function frameOf<C extends PlayerCluster>(
  session: Session<C>,
  scenario: Pick<Scenario, 'steps'>,
  readView: (cluster: C) => ClusterViewData,
): Frame {
  const cluster = session.cluster;
  const start = session.logStart;
  const logSinceStart = cluster.log.slice(Math.max(0, session.base - start), (session.marks[session.position] ?? session.logLength()) - start);
  const history = session.transcript.filter((e) => !e.scripted).map((e) => e.line);
  return {
    view: readView(cluster),
    position: session.position,
    horizon: session.horizon,
    time: cluster.now(),
    current: session.currentEntry(),
    reached: reachedStep(scenario.steps, logSinceStart, history),
    transcript: session.transcript.map((e) => ({ line: e.line, result: session.resultOf(e) })),
    history,
    log: session.horizonLog,
    base: Math.max(0, session.base - session.horizonLogStart),
    logStart: session.horizonLogStart,
  };
}

/**
 * A frame made small enough to travel in the page as island props: only the shown part of the log,
 * plain JSON values. Used for the build-time first frame.
 */
export function portableFrame(frame: Frame): Frame {
  const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return plain({ ...frame, log: frame.log.slice(frame.base), base: 0, logStart: (frame.logStart ?? 0) + frame.base });
}
