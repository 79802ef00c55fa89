kubectl logs deployment/web -v=6
