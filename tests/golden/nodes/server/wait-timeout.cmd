kubectl wait --for=condition=Ready pod/pending --timeout=1s
