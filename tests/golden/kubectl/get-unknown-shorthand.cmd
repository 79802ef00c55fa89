kubectl get pods -z
