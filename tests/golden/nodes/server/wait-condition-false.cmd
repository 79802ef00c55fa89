kubectl wait --for=condition=Ready=false pod/pending
