kubectl create -f mapping-values.yaml
