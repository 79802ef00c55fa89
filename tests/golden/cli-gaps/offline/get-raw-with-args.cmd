kubectl get --raw=/healthz pods
