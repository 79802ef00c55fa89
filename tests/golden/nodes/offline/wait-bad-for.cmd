kubectl wait pod/x --for=ready
