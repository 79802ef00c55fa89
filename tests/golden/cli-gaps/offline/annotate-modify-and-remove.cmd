kubectl annotate -f deploy.yaml --local a=b a-
