kubectl get --raw /api/v1/namespaces/default/pods/nope
