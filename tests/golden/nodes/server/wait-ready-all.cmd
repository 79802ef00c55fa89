kubectl wait --for=condition=Ready pods --all
