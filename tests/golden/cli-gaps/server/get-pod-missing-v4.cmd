kubectl get pod nope -v=4
