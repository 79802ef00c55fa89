kubectl logs foo/web
