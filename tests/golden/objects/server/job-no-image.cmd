kubectl create job hello
