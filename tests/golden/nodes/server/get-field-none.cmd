kubectl get pods --field-selector metadata.name=nope
