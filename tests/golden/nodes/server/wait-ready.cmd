kubectl wait --for=condition=Ready pod/bare
