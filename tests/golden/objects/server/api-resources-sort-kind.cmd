kubectl api-resources --sort-by=kind --api-group=apps
