kubectl create configmap app --from-literal=a=1 --dry-run=client
