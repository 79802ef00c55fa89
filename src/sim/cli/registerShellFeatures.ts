// The shell's own programs, imported after the other terminal modules so that the simulated text
// tools replace their "not available" placeholders: the text filters a reader pipes into (grep,
// head, tail, wc, sort, echo), the job builtins (jobs, kill, fg) and `kubectl proxy` with the curl
// requests it answers.
import './shell/textFilters.ts';
import './shell/jobs.ts';
import './shell/aliases.ts';
import './shell/complete.ts';
import './kubectl/verbs/proxy.ts';
