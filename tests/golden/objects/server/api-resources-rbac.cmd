kubectl api-resources --api-group=rbac.authorization.k8s.io
