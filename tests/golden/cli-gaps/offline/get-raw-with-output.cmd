kubectl get --raw /healthz -o yaml
