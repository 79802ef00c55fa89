kubectl uncordon --help
