kubectl get --raw /healthz
