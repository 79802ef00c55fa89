kubectl get pods --field-selector phase
