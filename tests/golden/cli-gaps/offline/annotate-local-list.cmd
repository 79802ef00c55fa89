kubectl annotate -f deploy.yaml --local --list
