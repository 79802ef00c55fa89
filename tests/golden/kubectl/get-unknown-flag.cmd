kubectl get pods --foo
