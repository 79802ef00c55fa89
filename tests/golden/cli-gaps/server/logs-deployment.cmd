kubectl logs deployment/web
