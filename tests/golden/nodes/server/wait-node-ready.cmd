kubectl wait --for=condition=Ready node/node01
