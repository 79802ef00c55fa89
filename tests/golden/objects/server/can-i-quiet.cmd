kubectl auth can-i list pods --as jane -q
