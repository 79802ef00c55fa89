kubectl cordon --help
