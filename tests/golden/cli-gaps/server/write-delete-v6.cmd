kubectl delete pod nginx --wait=false -v=6
