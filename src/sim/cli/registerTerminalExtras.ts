// Terminal commands added for the notes' Run buttons: the shell builtins `export`/`unset`, the
// "not available in this simulation" answers of real host tools, and `kubectl annotate`.
// (`kubectl apply view-last-applied`, `get --raw` and `-v` live with the verbs they extend.)
import './shell/exportUnset.ts';
import './shell/hostTools.ts';
import './node/index.ts';
import './kubectl/verbs/annotate.ts';
