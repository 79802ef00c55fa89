kubectl apply --help
