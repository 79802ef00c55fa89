kubectl get pods --field-selector status.hostIP=10.0.0.1
