kubectl api-resources -o yaml
