kubectl create service externalname --help
