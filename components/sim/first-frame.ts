// Build-time only (imported by Sim.astro's frontmatter, never by the island): runs a scenario's setup
// and start on the full engine and returns step 0 as a frame the island draws before its engine loads.
// The engine is deterministic, so this is exactly the frame the live session shows at step 0
// (tests/browser/player.mjs compares the two).
import { createCluster } from '~/sim';
import type { Scenario } from '../../src/sim/scenarios/types.ts';
import { clusterFactory, readView } from './engine.ts';
import { frameOf, portableFrame, type Frame } from './model/frame.ts';
import { Session } from './model/session.ts';

export function firstFrame(scenario: Scenario): Frame {
  const session = new Session({
    create: clusterFactory({ createCluster }, scenario, scenario.seed),
    setup: scenario.setup,
    start: scenario.start,
    files: scenario.files,
  });
  return portableFrame(frameOf(session, scenario, readView));
}
