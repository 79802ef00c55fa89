kubectl get pods -v=6
