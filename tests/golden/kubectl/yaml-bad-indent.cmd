kubectl create -f bad-indent.yaml
