kubectl create quota --help
