kubectl apply view-last-applied
