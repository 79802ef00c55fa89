kubectl create service loadbalancer --help
