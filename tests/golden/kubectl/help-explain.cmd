kubectl explain --help
