kubectl set env deployment/web
