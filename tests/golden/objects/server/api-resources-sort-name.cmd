kubectl api-resources --sort-by=name --namespaced=false
