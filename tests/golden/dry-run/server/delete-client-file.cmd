kubectl delete -f redis-pod.yaml --dry-run=client
