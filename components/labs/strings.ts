// The page language's strings for the labs' islands, read from LabBoot.astro's JSON (so the labs chunk
// carries no dictionary of its own).
import type { LabStrings } from '../../src/i18n/labs.ts';
import type { SimStrings } from '../../src/i18n/sim.ts';

export interface PageLabStrings {
  lang: 'ko' | 'en';
  labs: LabStrings;
  terminal: SimStrings['terminal'];
}

let cached: PageLabStrings | undefined;

export function pageStrings(): PageLabStrings {
  cached ??= JSON.parse(document.getElementById('k8s-lab-strings')?.textContent ?? '{}') as PageLabStrings;
  return cached;
}
