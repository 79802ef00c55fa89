kubectl top deployments
