kubectl apply view-last-applied deployment plain
