// Build-time only (imported by Sim.astro's frontmatter, never by the island): runs a scenario's setup
// and start on the full engine and returns step 0 as a frame the island draws before its engine loads.
// The engine is deterministic, so this is exactly the frame the live session shows at step 0
// (tests/browser/player.mjs compares the two).
import { createCluster } from '~/sim';
import type { Scenario } from '../../src/sim/scenarios/types.ts';
import { readView, scenarioSession } from './engine.ts';
import { frameOf, portableFrame, type Frame } from './model/frame.ts';

export function firstFrame(scenario: Scenario): Frame {
  const session = scenarioSession({ createCluster }, scenario, scenario.seed);
  return portableFrame(frameOf(session, scenario, readView));
}
