kubectl api-resources --sort-by=age
