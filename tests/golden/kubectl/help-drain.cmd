kubectl drain --help
