kubectl auth can-i fly pods
