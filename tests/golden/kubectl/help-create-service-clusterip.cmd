kubectl create service clusterip --help
