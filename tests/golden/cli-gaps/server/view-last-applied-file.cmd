kubectl apply view-last-applied -f web.yaml
