kubectl annotate -f deploy.yaml --local kubernetes.io/change-cause="image updated to nginx:1.28" -o yaml
