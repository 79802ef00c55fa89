kubectl scale deployments --all --replicas=1
