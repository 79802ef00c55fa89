kubectl apply view-last-applied deployment nope
