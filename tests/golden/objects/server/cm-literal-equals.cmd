kubectl create configmap app --from-literal=url=http://x/?a=b --dry-run=client -o yaml
