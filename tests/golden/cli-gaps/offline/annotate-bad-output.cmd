kubectl annotate -f deploy.yaml --local a=b -o wide
