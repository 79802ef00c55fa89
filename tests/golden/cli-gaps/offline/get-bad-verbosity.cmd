kubectl get pods -v=abc
