kubectl wait --for=condition=Ready pod/nope --timeout=1s
