kubectl get nodes --field-selector status.phase=Ready
