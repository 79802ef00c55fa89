kubectl annotate -f deploy.yaml --local owner='a<b>&c' -o json
