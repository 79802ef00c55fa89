kubectl api-resources --no-headers --api-group=batch
