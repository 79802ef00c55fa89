kubectl annotate -f deploy.yaml --local team=red kubernetes.io/change-cause=x other=1
