kubectl api-resources -o wide
