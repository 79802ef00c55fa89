kubectl annotate -f deploy.yaml --local nothere-
