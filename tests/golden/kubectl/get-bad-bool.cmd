kubectl get pods --show-labels=maybe
