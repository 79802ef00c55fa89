kubectl api-resources --verbs=list,get --api-group=batch
