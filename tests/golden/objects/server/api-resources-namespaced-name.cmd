kubectl api-resources --namespaced=true -o name
