kubectl api-resources -o name
