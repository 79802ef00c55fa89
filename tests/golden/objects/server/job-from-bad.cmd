kubectl create job manual --from=deployment/web
