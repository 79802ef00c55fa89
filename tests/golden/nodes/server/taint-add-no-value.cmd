kubectl taint node node01 gpu:NoExecute
