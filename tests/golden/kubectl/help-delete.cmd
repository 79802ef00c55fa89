kubectl delete --help
