kubectl taint --help
