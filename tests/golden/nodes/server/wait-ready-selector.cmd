kubectl wait --for=condition=Ready pod -l app=web
