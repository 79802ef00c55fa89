kubectl api-resources --api-group=''
