kubectl gett pods
