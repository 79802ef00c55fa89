kubectl top --help
