kubectl get --raw /healthz -v=6
