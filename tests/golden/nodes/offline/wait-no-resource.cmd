kubectl wait --for=condition=Ready
