/**
 * Where kubectl looks up the recorded `kubectl <verb> --help` texts. The texts themselves
 * (verbHelpTexts.ts, tens of kilobytes) are registered by registerVerbHelp.ts, which the full engine
 * imports eagerly and the browser engine loads only when a command line asks for help
 * (src/sim/cli/lazyParts). Until then every lookup answers undefined and kubectl prints its short
 * fallback usage instead of crashing.
 */
let texts: Readonly<Record<string, string>> | undefined;

export function setVerbHelp(recorded: Readonly<Record<string, string>>): void {
  texts = recorded;
}

/** The recorded help for a verb (`get`) or a create subcommand (`create service nodeport`). */
export function verbHelpText(key: string): string | undefined {
  return texts?.[key];
}

export function verbHelpLoaded(): boolean {
  return texts !== undefined;
}
