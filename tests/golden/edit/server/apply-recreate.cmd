kubectl apply -f web-recreate.yaml --validate=false -o jsonpath={.spec.strategy}
