// The node and waiting verbs of kubectl: taint, cordon, uncordon, drain, top, wait.
import './taint.ts';
import './cordon.ts';
import './drain.ts';
import './wait.ts';
import './top.ts';
