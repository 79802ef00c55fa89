kubectl create -f empty.yaml
