kubectl create configmap app --from-literal=color=blue --from-literal=mode=prod --dry-run=client -o yaml
