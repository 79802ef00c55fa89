kubectl expose --help
