kubectl proxy --help
