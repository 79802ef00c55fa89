kubectl annotate -f deploy.yaml --local team=red
