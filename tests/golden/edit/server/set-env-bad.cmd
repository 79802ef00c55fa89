kubectl set env deployment/web 1BAD=x
