kubectl annotate -f deploy.yaml --local team- -o yaml
