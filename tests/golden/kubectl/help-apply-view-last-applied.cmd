kubectl apply view-last-applied --help
