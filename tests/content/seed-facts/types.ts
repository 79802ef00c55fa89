/** One fact from the learners' seed notes and where the notes cover it, in each language. */
export interface SeedFact {
  /** `<seed file>:<line>` of the claim in ../shared/seeds/ (e.g. '003_f1a409a62ec7e8f0.txt:95'). */
  seed: string;
  /** The claim as the seed makes it, in short English. */
  fact: string;
  /** What is true now, where the seed was wrong or outdated. */
  correction?: string;
  /** Exact text in the Korean note that covers the fact. */
  ko: string;
  /** Exact text in the English note that covers the fact. */
  en: string;
}
