// Registers the recorded verb help texts by being imported (a lazily loaded CLI part in the browser).
import { VERB_HELP } from './verbHelpTexts.ts';
import { setVerbHelp } from './verbHelpRegistry.ts';

setVerbHelp(VERB_HELP);
