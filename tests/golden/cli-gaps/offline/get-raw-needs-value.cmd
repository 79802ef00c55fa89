kubectl get --raw
