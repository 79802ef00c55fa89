kubectl auth can-i create deployments -A
