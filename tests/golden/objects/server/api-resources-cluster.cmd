kubectl api-resources --namespaced=false
