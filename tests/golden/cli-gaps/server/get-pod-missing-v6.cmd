kubectl get pod nope -v=6
