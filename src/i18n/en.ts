import type { UiStrings } from './ui.ts';
import { simEn } from './sim.ts';

export const en: UiStrings = {
  site: {
    checkedAgainst: (version) => `Checked against Kubernetes v${version}`,
    notesHeading: 'The notes',
    noteListLabel: 'Notes in learning order',
    glossaryTaughtIn: 'Taught in',
    glossaryOtherName: 'Korean',
  },
  sim: simEn,
};
