kubectl wait --for=condition=Ready pod -l app=none --timeout=1s
