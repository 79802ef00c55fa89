kubectl wait --help
