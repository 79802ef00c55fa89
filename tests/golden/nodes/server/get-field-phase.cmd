kubectl get pods --field-selector status.phase=Pending -o name
