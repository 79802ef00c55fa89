kubectl get pod nope -v=1
