// Where a note's terminal files survive a reload or a later visit: localStorage, one entry per
// note (scenario). A run replays from the files it started with (`seed`), so both are kept: the
// seed for a reload that replays the saved run, the current files for a visit that starts a new run.
// Storage that is full or disabled never breaks the player: localStorage first, then this tab's
// sessionStorage, else the files last only as long as the page.

export interface StoredFiles {
  /** The files the saved run started from. */
  seed: Record<string, string>;
  /** The files after the latest command. */
  current: Record<string, string>;
}

/** Larger file sets are not stored (a reader's files are a few KB; this keeps clear of quotas). */
export const MAX_STORED_CHARS = 512 * 1024;

const PREFIX = 'k8s-sim-files:';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isFileMap(v: unknown): v is Record<string, string> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

function stores(): StorageLike[] {
  const found: StorageLike[] = [];
  try {
    found.push(localStorage);
  } catch {
    /* disabled */
  }
  try {
    found.push(sessionStorage);
  } catch {
    /* disabled */
  }
  return found;
}

export function readStoredFiles(scenarioId: string, storages: StorageLike[] = stores()): StoredFiles | undefined {
  for (const storage of storages) {
    try {
      const raw = storage.getItem(PREFIX + scenarioId);
      if (!raw) continue;
      const data = JSON.parse(raw) as unknown;
      const { seed, current } = (data ?? {}) as Record<string, unknown>;
      if (isFileMap(seed) && isFileMap(current)) return { seed, current };
      storage.removeItem(PREFIX + scenarioId);
    } catch {
      /* unreadable: try the next */
    }
  }
  return undefined;
}

/** Stores the files in the first storage that takes them; the others drop their older copy. */
export function saveStoredFiles(scenarioId: string, files: StoredFiles, storages: StorageLike[] = stores()): boolean {
  const text = JSON.stringify(files);
  let saved = false;
  for (const storage of storages) {
    try {
      if (saved || text.length > MAX_STORED_CHARS) storage.removeItem(PREFIX + scenarioId);
      else {
        storage.setItem(PREFIX + scenarioId, text);
        saved = true;
      }
    } catch {
      // Quota exceeded (or disabled): make room by dropping this note's older copy, try the next.
      try {
        storage.removeItem(PREFIX + scenarioId);
      } catch {
        /* disabled */
      }
    }
  }
  return saved;
}

export function clearStoredFiles(scenarioId: string, storages: StorageLike[] = stores()): void {
  for (const storage of storages) {
    try {
      storage.removeItem(PREFIX + scenarioId);
    } catch {
      /* disabled */
    }
  }
}

/**
 * The files a new session starts with: the note's own (titled YAML blocks, the scenario's), then
 * what was kept over them: the saved run's seed when that run is replayed, else the files as they
 * were left (a page file the reader removed comes back on a later visit).
 */
export function startingFiles(base: Record<string, string>, stored: StoredFiles | undefined, replayingSavedRun: boolean): Record<string, string> {
  if (!stored) return { ...base };
  return { ...base, ...(replayingSavedRun ? stored.seed : stored.current) };
}
